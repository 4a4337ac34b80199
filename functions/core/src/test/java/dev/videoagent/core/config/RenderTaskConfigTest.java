package dev.videoagent.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.core.model.RenderJob;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.model.VideoBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderTaskConfigTest {

    private static Map<String, String> env(String... overrides) {
        Map<String, String> env = new HashMap<>(Map.of("JOB_ID", "job-1", "PROMPT", "  fireworks at night ",
                "OUTPUT_BUCKET", "videos", "OUTPUT_KEY", "videos/job-1.webm", "AWS_REGION", "eu-west-1"));
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                env.remove(overrides[i]);
            } else {
                env.put(overrides[i], overrides[i + 1]);
            }
        }
        return env;
    }

    @Test
    void theJobComesFromTheEnvironmentWithTheDefaultSettings() {
        RenderTaskConfig config = RenderTaskConfig.fromEnv(env("CONCEPT", "밤 불꽃놀이", "REDIS_URL", "redis://cache:6379"));

        RenderJob job = config.job();
        assertThat(job.jobId()).isEqualTo("job-1");
        assertThat(job.prompt()).isEqualTo("  fireworks at night ");
        assertThat(job.title()).contains("밤 불꽃놀이");
        assertThat(job.settings()).isEqualTo(RenderSettings.DEFAULT);
        assertThat(job.attempt()).isEqualTo(1);
        assertThat(job.mode()).isEqualTo(RenderJob.Mode.RENDER);
        assertThat(job.posterKey()).isEqualTo("videos/job-1.jpg");
        assertThat(config.redisUrl()).isPresent();
        assertThat(config.region()).isEqualTo("eu-west-1");
    }

    @Test
    void settingsAttemptAndModeAreRead() {
        RenderJob job = RenderTaskConfig.fromEnv(env("DURATION_SECONDS", "5", "WIDTH", "640", "HEIGHT", "360", "FPS",
                "30", "ATTEMPT", "3", "MODE", "FALLBACK")).job();

        assertThat(job.settings()).isEqualTo(new RenderSettings(5, 640, 360, 30));
        assertThat(job.attempt()).isEqualTo(3);
        assertThat(job.mode()).isEqualTo(RenderJob.Mode.FALLBACK);
    }

    @Test
    void aMissingOrBadValueFailsNamingTheVariable() {
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("JOB_ID", null))).hasMessageContaining("JOB_ID");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("JOB_ID", "../x"))).hasMessageContaining("JOB_ID");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("PROMPT", "  "))).hasMessageContaining("PROMPT");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("DURATION_SECONDS", "16"))).hasMessageContaining("DURATION_SECONDS");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("WIDTH", "641"))).hasMessageContaining("WIDTH");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("HEIGHT", "2000"))).hasMessageContaining("HEIGHT");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("FPS", "fast"))).hasMessageContaining("FPS");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("OUTPUT_KEY", "videos/x.mp4"))).hasMessageContaining("OUTPUT_KEY");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("OUTPUT_KEY", "../x.webm"))).hasMessageContaining("OUTPUT_KEY");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("OUTPUT_BUCKET", "Bad_Bucket"))).hasMessageContaining("OUTPUT_BUCKET");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("ATTEMPT", "0"))).hasMessageContaining("ATTEMPT");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("MODE", "draft"))).hasMessageContaining("MODE");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("REDIS_URL", "http://x"))).hasMessageContaining("REDIS_URL");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("AWS_REGION", null))).hasMessageContaining("AWS_REGION");
    }

    @Test
    void theBackendIsProceduralUnlessChosenAndComfyUiNeedsItsServer() {
        assertThat(RenderTaskConfig.fromEnv(env()).backend().kind()).isEqualTo(VideoBackend.PROCEDURAL);
        RenderTaskConfig.Backend comfy = RenderTaskConfig.fromEnv(env("RENDER_BACKEND", "comfyui", "COMFYUI_URL",
                "http://gpu:8188", "COMFYUI_WORKFLOW", "wan-2.1", "NEGATIVE_PROMPT", "blurry")).backend();
        assertThat(comfy.kind()).isEqualTo(VideoBackend.COMFYUI);
        assertThat(comfy.comfyUiUrl()).contains(java.net.URI.create("http://gpu:8188"));
        assertThat(comfy.comfyUiWorkflow()).isEqualTo("wan-2.1");
        assertThat(comfy.negativePrompt()).contains("blurry");
        assertThat(RenderTaskConfig.fromEnv(env("RENDER_BACKEND", "comfyui", "COMFYUI_URL", "http://gpu:8188"))
                .backend().comfyUiWorkflow()).isEqualTo("ltx-video");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("RENDER_BACKEND", "comfyui")))
                .hasMessageContaining("COMFYUI_URL");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("RENDER_BACKEND", "comfyui", "COMFYUI_URL",
                "http://gpu:8188", "COMFYUI_WORKFLOW", "sdxl"))).hasMessageContaining("COMFYUI_WORKFLOW");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("RENDER_BACKEND", "sora")))
                .hasMessageContaining("RENDER_BACKEND");
        RenderTaskConfig.Backend luma = RenderTaskConfig.fromEnv(env("RENDER_BACKEND", "bedrock-luma")).backend();
        assertThat(luma.kind()).isEqualTo(VideoBackend.BEDROCK_LUMA);
        assertThat(luma.bedrockModelId()).isEqualTo("luma.ray-v2:0");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("RENDER_BACKEND", "bedrock-luma",
                "BEDROCK_VIDEO_MODEL_ID", "luma ray"))).hasMessageContaining("BEDROCK_VIDEO_MODEL_ID");
    }

    @Test
    void theRedisPasswordComesFromTheVariableInEcsOrFromTheFileItNamesLocally(@TempDir Path dir) throws Exception {
        assertThat(RenderTaskConfig.fromEnv(env()).redisPassword()).isEmpty();
        assertThat(RenderTaskConfig.fromEnv(env("REDIS_PASSWORD", "from-ecs")).redisPassword()).contains("from-ecs");
        Path file = Files.writeString(dir.resolve("redis-password"), "s3cr3t-_x\n");

        RenderTaskConfig config = RenderTaskConfig.fromEnv(env("REDIS_PASSWORD_FILE", file.toString()));

        assertThat(config.redisPassword()).contains("s3cr3t-_x");
        assertThat(config.toString()).doesNotContain("s3cr3t").contains("redisPassword=***");
    }

    @Test
    void anUnreadableEmptyOrDoubledPasswordFileFailsNamingTheVariable(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("REDIS_PASSWORD_FILE", missing.toString())))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("REDIS_PASSWORD_FILE: cannot read '" + missing + "'");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("REDIS_PASSWORD_FILE", dir.toString())))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("REDIS_PASSWORD_FILE: cannot read");
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("REDIS_PASSWORD_FILE", empty.toString())))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("REDIS_PASSWORD_FILE: ").hasMessageEndingWith("is empty");
        Path file = Files.writeString(dir.resolve("redis-password"), "p");
        assertThatThrownBy(() -> RenderTaskConfig.fromEnv(env("REDIS_PASSWORD_FILE", file.toString(),
                "REDIS_PASSWORD", "q")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("REDIS_PASSWORD_FILE: ")
                .hasMessageContaining("REDIS_PASSWORD; set only one");
    }
}
