package dev.videoagent.infra;

import dev.videoagent.core.config.RenderTaskConfig;
import dev.videoagent.core.model.VideoBackend;
import java.util.Optional;

/**
 * How this deployment makes videos, from CDK context: {@code videoagent:renderBackend} (procedural, the
 * default, comfyui or bedrock-luma: Luma Ray2 in the stack's region, CPU hosts, Bedrock permissions only then); for comfyui the ComfyUI image ({@code videoagent:comfyUiImage}, required), the S3 prefix
 * its models are copied from at start ({@code videoagent:comfyUiModels}, required) and the bundled workflow
 * ({@code videoagent:comfyUiWorkflow}); the instance types for each.
 */
record RenderBackend(VideoBackend kind, String instanceType, Optional<String> comfyUiImage,
                     Optional<String> comfyUiModels, String comfyUiWorkflow) {

    static final String DEFAULT_CPU_INSTANCE = "c7i.xlarge";
    static final String DEFAULT_GPU_INSTANCE = "g5.xlarge";

    /** Whether render hosts need a GPU: only for a model that runs on them. */
    boolean gpu() {
        return kind == VideoBackend.COMFYUI;
    }

    interface Context {
        Optional<String> get(String key);
    }

    static RenderBackend fromContext(Context context) {
        String name = context.get("videoagent:renderBackend").orElse(VideoBackend.PROCEDURAL.key());
        VideoBackend kind = VideoBackend.fromKey(name).orElseThrow(() -> new IllegalArgumentException(
                "videoagent:renderBackend must be procedural, comfyui or bedrock-luma, got '" + name + "'"));
        String workflow = context.get("videoagent:comfyUiWorkflow").orElse(RenderTaskConfig.COMFYUI_WORKFLOWS.get(0));
        if (!RenderTaskConfig.COMFYUI_WORKFLOWS.contains(workflow)) {
            throw new IllegalArgumentException("videoagent:comfyUiWorkflow must be one of "
                    + RenderTaskConfig.COMFYUI_WORKFLOWS + ", got '" + workflow + "'");
        }
        Optional<String> image = context.get("videoagent:comfyUiImage");
        Optional<String> models = context.get("videoagent:comfyUiModels");
        if (kind == VideoBackend.COMFYUI && (image.isEmpty() || models.filter(m -> m.startsWith("s3://")).isEmpty())) {
            throw new IllegalArgumentException("videoagent:renderBackend comfyui needs videoagent:comfyUiImage (an "
                    + "image with ComfyUI) and videoagent:comfyUiModels (an s3:// prefix with its models)");
        }
        String instance = kind == VideoBackend.COMFYUI
                ? context.get("videoagent:gpuInstanceType").orElse(DEFAULT_GPU_INSTANCE)
                : context.get("videoagent:cpuInstanceType").orElse(DEFAULT_CPU_INSTANCE);
        return new RenderBackend(kind, instance, image, models, workflow);
    }
}
