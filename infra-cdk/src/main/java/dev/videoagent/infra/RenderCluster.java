package dev.videoagent.infra;

import dev.videoagent.core.config.EnvVar;
import dev.videoagent.core.config.RenderTaskConfig;
import dev.videoagent.core.model.VideoBackend;
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
 * Where videos are rendered: an ECS cluster on instances that scale to zero between renders, and the render
 * task built from the render task's Dockerfile. With the procedural backend the hosts are CPU instances and no
 * GPU is ever started; with comfyui they are GPU instances, and the task has a ComfyUI container holding the
 * GPU next to the render container that drives it over localhost. Resources sit at the stack's level (see
 * {@link Network}).
 */
public final class RenderCluster extends Construct {

    /** The render container's name in the task definition; the workflow's overrides address it. */
    static final String RENDER_CONTAINER = "render";
    static final String COMFYUI_CONTAINER = "comfyui";
    static final int COMFYUI_PORT = 8188;

    private final Cluster cluster;
    private final AsgCapacityProvider capacity;
    private final Ec2TaskDefinition renderTask;

    public RenderCluster(Construct scope, String id, Network network, DataStores data, Media media,
                         Path renderTaskDir, RenderBackend backend) {
        super(scope, id);
        Stack stack = Stack.of(this);
        cluster = Cluster.Builder.create(stack, "RenderCluster").vpc(network.vpc())
                .containerInsightsV2(ContainerInsights.ENABLED).build();
        AutoScalingGroup hosts = AutoScalingGroup.Builder.create(stack, "RenderHosts").vpc(network.vpc())
                .vpcSubnets(network.privateSubnets())
                .instanceType(new InstanceType(backend.instanceType()))
                .machineImage(EcsOptimizedImage.amazonLinux2(backend.gpu() ? AmiHardwareType.GPU : AmiHardwareType.STANDARD))
                .minCapacity(0).maxCapacity(2).securityGroup(network.appSecurityGroup()).requireImdsv2(true)
                .blockDevices(List.of(BlockDevice.builder().deviceName("/dev/xvda").volume(BlockDeviceVolume.ebs(60,
                        EbsDeviceOptions.builder().encrypted(true).volumeType(EbsDeviceVolumeType.GP3).build())).build()))
                .build();
        capacity = AsgCapacityProvider.Builder.create(stack, "RenderCapacity")
                .autoScalingGroup(hosts).enableManagedScaling(true).minimumScalingStepSize(1)
                .enableManagedTerminationProtection(false).build();
        cluster.addAsgCapacityProvider(capacity);

        renderTask = Ec2TaskDefinition.Builder.create(stack, "RenderTask").networkMode(NetworkMode.AWS_VPC).build();
        LogGroup renderLogs = LogGroup.Builder.create(stack, "RenderLogs").retention(RetentionDays.ONE_MONTH).build();
        Map<String, String> environment = new java.util.LinkedHashMap<>(Map.of(EnvVar.AWS_REGION, stack.getRegion(),
                EnvVar.LOG_LEVEL, "INFO", EnvVar.METRICS, "emf", EnvVar.REDIS_URL, data.cacheUrl(),
                EnvVar.RENDER_BACKEND, backend.kind().key()));
        if (backend.gpu()) {
            // the task's containers share one network namespace (awsvpc): ComfyUI is on localhost
            environment.put(EnvVar.COMFYUI_URL, "http://localhost:" + COMFYUI_PORT);
            environment.put(EnvVar.COMFYUI_WORKFLOW, backend.comfyUiWorkflow());
        }
        software.amazon.awscdk.services.ecs.ContainerDefinition render = renderTask.addContainer(RENDER_CONTAINER,
                ContainerDefinitionOptions.builder()
                .image(ContainerImage.fromAsset(renderTaskDir.toString(), AssetImageProps.builder()
                        .exclude(List.of("fonts/node_modules", "src", "target/classes", "target/test-classes",
                                "target/*-reports", "target/maven-*", "target/generated-*")).build()))
                .memoryReservationMiB(4096).essential(true)
                .environment(environment)
                // the AUTH token comes from Secrets Manager through ECS, never as plain text
                .secrets(Map.of(EnvVar.REDIS_PASSWORD, Secret.fromSecretsManager(data.cacheAuthToken())))
                .logging(LogDriver.awsLogs(AwsLogDriverProps.builder().logGroup(renderLogs).streamPrefix("render").build()))
                .build());
        if (backend.gpu()) {
            ComfyUiContainer.add(renderTask, render, backend, renderLogs);
        }
        if (backend.kind() == VideoBackend.BEDROCK_LUMA) {
            // only with this backend: start and follow Luma's async invocations, read what they write for us
            renderTask.getTaskRole().addToPrincipalPolicy(PolicyStatement.Builder.create()
                    .actions(List.of("bedrock:InvokeModel", "bedrock:StartAsyncInvoke"))
                    .resources(List.of("arn:aws:bedrock:" + stack.getRegion() + "::foundation-model/"
                            + RenderTaskConfig.DEFAULT_BEDROCK_VIDEO_MODEL)).build());
            renderTask.getTaskRole().addToPrincipalPolicy(PolicyStatement.Builder.create()
                    .actions(List.of("bedrock:GetAsyncInvoke"))
                    .resources(List.of("arn:aws:bedrock:" + stack.getRegion() + ":" + stack.getAccount()
                            + ":async-invoke/*")).build());
            renderTask.getTaskRole().addToPrincipalPolicy(PolicyStatement.Builder.create()
                    .actions(List.of("s3:PutObject", "s3:GetObject"))
                    .resources(List.of(media.videos().arnForObjects("bedrock/*"))).build());
        }
        // explicit actions, no wildcards: the task only writes videos and posters
        renderTask.getTaskRole().addToPrincipalPolicy(PolicyStatement.Builder.create().actions(List.of("s3:PutObject"))
                .resources(List.of(media.videos().arnForObjects("videos/*"))).build());
    }

    public Cluster cluster() {
        return cluster;
    }

    /** The render hosts' capacity provider, which each run asks for. */
    public AsgCapacityProvider capacity() {
        return capacity;
    }

    public Ec2TaskDefinition renderTask() {
        return renderTask;
    }
}
