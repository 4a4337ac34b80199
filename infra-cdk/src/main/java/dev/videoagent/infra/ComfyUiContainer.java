package dev.videoagent.infra;

import dev.videoagent.core.config.EnvVar;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerDependency;
import software.amazon.awscdk.services.ecs.ContainerDependencyCondition;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.Ec2TaskDefinition;
import software.amazon.awscdk.services.ecs.HealthCheck;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.logs.LogGroup;

/**
 * The ComfyUI container of the render task: the image the deployment names, holding the host's GPU, copying its
 * models from the S3 prefix at start ({@code COMFYUI_MODELS_S3_URI}: read access to that prefix only), healthy
 * once its HTTP API answers; the render container starts after it is.
 */
final class ComfyUiContainer {

    /** Where the image's entry point finds the models to copy into ComfyUI's models folder. */
    static final String MODELS_VARIABLE = "COMFYUI_MODELS_S3_URI";

    private ComfyUiContainer() {
    }

    static void add(Ec2TaskDefinition task, ContainerDefinition render, RenderBackend backend, LogGroup logs) {
        String models = backend.comfyUiModels().orElseThrow();
        ContainerDefinition comfy = task.addContainer(RenderCluster.COMFYUI_CONTAINER, ContainerDefinitionOptions.builder()
                .image(ContainerImage.fromRegistry(backend.comfyUiImage().orElseThrow()))
                .gpuCount(1).memoryReservationMiB(12288).essential(true)
                .environment(Map.of(MODELS_VARIABLE, models, EnvVar.AWS_REGION, task.getStack().getRegion()))
                .portMappings(List.of(PortMapping.builder().containerPort(RenderCluster.COMFYUI_PORT).build()))
                .healthCheck(HealthCheck.builder().command(List.of("CMD-SHELL",
                        "curl -fs http://localhost:" + RenderCluster.COMFYUI_PORT + "/system_stats || exit 1"))
                        .interval(Duration.seconds(15)).timeout(Duration.seconds(5)).retries(3)
                        .startPeriod(Duration.seconds(300)).build())
                .logging(LogDriver.awsLogs(AwsLogDriverProps.builder().logGroup(logs).streamPrefix("comfyui").build()))
                .build());
        render.addContainerDependencies(ContainerDependency.builder().container(comfy)
                .condition(ContainerDependencyCondition.HEALTHY).build());
        // s3://bucket/prefix/: read that prefix, list only under it
        String path = models.substring("s3://".length());
        String bucket = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        String prefix = path.contains("/") ? path.substring(path.indexOf('/') + 1) : "";
        task.getTaskRole().addToPrincipalPolicy(PolicyStatement.Builder.create().actions(List.of("s3:GetObject"))
                .resources(List.of("arn:aws:s3:::" + bucket + "/" + prefix + "*")).build());
        task.getTaskRole().addToPrincipalPolicy(PolicyStatement.Builder.create().actions(List.of("s3:ListBucket"))
                .resources(List.of("arn:aws:s3:::" + bucket))
                .conditions(Map.of("StringLike", Map.of("s3:prefix", List.of(prefix + "*")))).build());
    }
}
