package dev.videoagent.infra;

import dev.videoagent.core.config.EnvVar;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.autoscaling.AutoScalingGroup;
import software.amazon.awscdk.services.autoscaling.BlockDevice;
import software.amazon.awscdk.services.autoscaling.BlockDeviceVolume;
import software.amazon.awscdk.services.autoscaling.EbsDeviceOptions;
import software.amazon.awscdk.services.autoscaling.EbsDeviceVolumeType;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ecs.AmiHardwareType;
import software.amazon.awscdk.services.ecs.AsgCapacityProvider;
import software.amazon.awscdk.services.ecs.AssetImageProps;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.ContainerInsights;
import software.amazon.awscdk.services.ecs.Ec2TaskDefinition;
import software.amazon.awscdk.services.ecs.EcsOptimizedImage;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.NetworkMode;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * Where videos are rendered: an ECS cluster on GPU instances that scale to zero between renders, and
 * the render task built from the render task's Dockerfile. Resources sit at the stack's level (see
 * {@link Network}).
 */
public final class RenderCluster extends Construct {

    /** The render container's name in the task definition; the workflow's overrides address it. */
    static final String RENDER_CONTAINER = "render";

    private final Cluster cluster;
    private final AsgCapacityProvider gpuCapacity;
    private final Ec2TaskDefinition renderTask;

    public RenderCluster(Construct scope, String id, Network network, DataStores data, Media media,
                         Path renderTaskDir, String gpuInstanceType) {
        super(scope, id);
        Stack stack = Stack.of(this);
        cluster = Cluster.Builder.create(stack, "RenderCluster").vpc(network.vpc())
                .containerInsightsV2(ContainerInsights.ENABLED).build();
        AutoScalingGroup gpuHosts = AutoScalingGroup.Builder.create(stack, "GpuHosts").vpc(network.vpc())
                .vpcSubnets(network.privateSubnets())
                .instanceType(new InstanceType(gpuInstanceType))
                .machineImage(EcsOptimizedImage.amazonLinux2(AmiHardwareType.GPU))
                .minCapacity(0).maxCapacity(2).securityGroup(network.appSecurityGroup()).requireImdsv2(true)
                .blockDevices(List.of(BlockDevice.builder().deviceName("/dev/xvda").volume(BlockDeviceVolume.ebs(60,
                        EbsDeviceOptions.builder().encrypted(true).volumeType(EbsDeviceVolumeType.GP3).build())).build()))
                .build();
        gpuCapacity = AsgCapacityProvider.Builder.create(stack, "GpuCapacity")
                .autoScalingGroup(gpuHosts).enableManagedScaling(true).minimumScalingStepSize(1)
                .enableManagedTerminationProtection(false).build();
        cluster.addAsgCapacityProvider(gpuCapacity);

        renderTask = Ec2TaskDefinition.Builder.create(stack, "RenderTask").networkMode(NetworkMode.AWS_VPC).build();
        LogGroup renderLogs = LogGroup.Builder.create(stack, "RenderLogs").retention(RetentionDays.ONE_MONTH).build();
        renderTask.addContainer(RENDER_CONTAINER, ContainerDefinitionOptions.builder()
                .image(ContainerImage.fromAsset(renderTaskDir.toString(), AssetImageProps.builder()
                        .exclude(List.of("fonts/node_modules", "src", "target/classes", "target/test-classes",
                                "target/*-reports", "target/maven-*", "target/generated-*")).build()))
                .gpuCount(1).memoryReservationMiB(4096).essential(true)
                .environment(Map.of(EnvVar.AWS_REGION, stack.getRegion(), EnvVar.LOG_LEVEL, "INFO",
                        EnvVar.METRICS, "emf", EnvVar.REDIS_URL, data.cacheUrl()))
                // the AUTH token comes from Secrets Manager through ECS, never as plain text
                .secrets(Map.of(EnvVar.REDIS_PASSWORD, Secret.fromSecretsManager(data.cacheAuthToken())))
                .logging(LogDriver.awsLogs(AwsLogDriverProps.builder().logGroup(renderLogs).streamPrefix("render").build()))
                .build());
        // explicit actions, no wildcards: the task only writes videos and posters
        renderTask.getTaskRole().addToPrincipalPolicy(PolicyStatement.Builder.create().actions(List.of("s3:PutObject"))
                .resources(List.of(media.videos().arnForObjects("videos/*"))).build());
    }

    public Cluster cluster() {
        return cluster;
    }

    /** The GPU hosts' capacity provider, which each run asks for. */
    public AsgCapacityProvider gpuCapacity() {
        return gpuCapacity;
    }

    public Ec2TaskDefinition renderTask() {
        return renderTask;
    }
}
