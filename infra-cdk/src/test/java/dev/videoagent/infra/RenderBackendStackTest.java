package dev.videoagent.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * {@code -c videoagent:renderBackend=comfyui}: GPU hosts, a ComfyUI container (the image named by context) with
 * the GPU and read access to its models' S3 prefix only, the render container without a GPU, driving it over
 * localhost once it is healthy.
 */
class RenderBackendStackTest {

    static final Map<String, Object> COMFYUI = Map.of("videoagent:renderBackend", "comfyui",
            "videoagent:comfyUiImage", "123456789012.dkr.ecr.us-east-1.amazonaws.com/comfyui:ltx",
            "videoagent:comfyUiModels", "s3://videoagent-models/comfyui/", "videoagent:comfyUiWorkflow", "wan-2.1");

    @TempDir
    static Path out;

    private static Template template;

    static App app(Map<String, Object> context, Path dir) {
        return new App(AppProps.builder().outdir(dir.toString()).context(context).build());
    }

    @BeforeAll
    static void synth() {
        App app = app(COMFYUI, out);
        template = Template.fromStack(InfraApp.build(app, Path.of(System.getProperty("videoagent.home", ".."))));
    }

    @Test
    void theComfyUiContainerHoldsTheGpuAndTheRenderContainerDrivesItOverLocalhost() {
        Object comfy = Match.objectLike(Map.of("Name", RenderCluster.COMFYUI_CONTAINER,
                "Image", "123456789012.dkr.ecr.us-east-1.amazonaws.com/comfyui:ltx",
                "ResourceRequirements", List.of(Map.of("Type", "GPU", "Value", "1")),
                "Environment", Match.arrayWith(List.of(Map.of("Name", ComfyUiContainer.MODELS_VARIABLE,
                        "Value", "s3://videoagent-models/comfyui/")))));
        Object render = Match.objectLike(Map.of("Name", RenderCluster.RENDER_CONTAINER,
                "ResourceRequirements", Match.absent(),
                "DependsOn", List.of(Map.of("ContainerName", RenderCluster.COMFYUI_CONTAINER, "Condition", "HEALTHY")),
                "Environment", Match.arrayWith(List.of(Map.of("Name", "RENDER_BACKEND", "Value", "comfyui"),
                        Map.of("Name", "COMFYUI_URL", "Value", "http://localhost:8188"),
                        Map.of("Name", "COMFYUI_WORKFLOW", "Value", "wan-2.1")))));
        template.hasResourceProperties("AWS::ECS::TaskDefinition", Match.objectLike(Map.of(
                "ContainerDefinitions", Match.arrayWith(List.of(render, comfy)))));
    }

    @Test
    void aRenderMayAskTheApiForComfyUiOrTheProceduralRenderer() {
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "FunctionName", "video-agent-start-render", "Environment", Match.objectLike(Map.of("Variables",
                        Match.objectLike(Map.of("RENDER_BACKEND", "comfyui", "RENDER_BACKENDS", "comfyui,procedural")))))));
    }

    @Test
    void theHostsAreGpuInstancesOnTheGpuImage() {
        template.hasResourceProperties("AWS::AutoScaling::LaunchConfiguration", Match.objectLike(Map.of(
                "InstanceType", RenderBackend.DEFAULT_GPU_INSTANCE)));
        assertThat(template.findParameters("*").keySet()).anyMatch(p -> p.contains("gpu"));
    }

    @Test
    void theTaskReadsOnlyItsModelsPrefix() {
        template.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of("PolicyDocument", Match.objectLike(
                Map.of("Statement", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Action", "s3:GetObject",
                                "Resource", "arn:aws:s3:::videoagent-models/comfyui/*")),
                        Match.objectLike(Map.of("Action", "s3:ListBucket", "Resource", "arn:aws:s3:::videoagent-models",
                                "Condition", Map.of("StringLike", Map.of("s3:prefix", List.of("comfyui/*"))))))))))));
    }

    @Test
    void bedrockLumaGetsItsPermissionsOnlyWhenChosenAndNoGpu(@TempDir Path dir) {
        Path root = Path.of(System.getProperty("videoagent.home", ".."));
        Template luma = Template.fromStack(InfraApp.build(app(Map.of("videoagent:renderBackend", "bedrock-luma"),
                dir.resolve("luma")), root));
        luma.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of("PolicyDocument", Match.objectLike(
                Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", List.of("bedrock:InvokeModel", "bedrock:StartAsyncInvoke"),
                        "Resource", "arn:aws:bedrock:us-east-1::foundation-model/luma.ray-v2:0"))))))))); 
        luma.hasResourceProperties("AWS::AutoScaling::LaunchConfiguration", Match.objectLike(Map.of(
                "InstanceType", RenderBackend.DEFAULT_CPU_INSTANCE)));
        String procedural = Template.fromStack(InfraApp.build(app(Map.of(), dir.resolve("procedural")), root))
                .toJSON().toString();
        assertThat(procedural).doesNotContain("bedrock:StartAsyncInvoke");
        assertThat(template.toJSON().toString()).as("nor with comfyui").doesNotContain("bedrock:StartAsyncInvoke");
    }

    @Test
    void aComfyUiBackendWithoutItsImageOrModelsOrAnUnknownBackendIsRefused() {
        assertThatThrownBy(() -> RenderBackend.fromContext(key -> Optional.ofNullable(Map.of(
                "videoagent:renderBackend", "comfyui").get(key)))).hasMessageContaining("videoagent:comfyUiImage");
        assertThatThrownBy(() -> RenderBackend.fromContext(key -> Optional.ofNullable(Map.of(
                "videoagent:renderBackend", "sora").get(key)))).hasMessageContaining("videoagent:renderBackend");
        assertThat(RenderBackend.fromContext(key -> Optional.empty()).gpu()).as("procedural: no GPU").isFalse();
    }
}
