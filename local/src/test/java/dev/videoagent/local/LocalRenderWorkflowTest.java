package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.config.AppConfig;
import dev.videoagent.local.embedded.LocalCredentials;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the render task is told about S3 and Redis: where the embedded servers' credentials are, never them. */
class LocalRenderWorkflowTest {

    @TempDir
    Path data;

    private static final AppConfig CONFIG = AppConfig.fromEnv(Map.of("AWS_REGION", "us-east-1",
            "VIDEO_BUCKET", "videos", "MONGODB_URI", "mongodb://127.0.0.1:1", "REDIS_URL", "redis://127.0.0.1:2",
            "AWS_ENDPOINT_URL", "http://127.0.0.1:3"));

    @Test
    void forTheEmbeddedServersTheTaskGetsThePathsOfTheCredentialFilesAndInheritsNoOtherCredentials() {
        LocalCredentials credentials = LocalCredentials.createIn(data.resolve("credentials"));

        Map<String, String> env = LocalRenderWorkflow.taskEnvironment(CONFIG, Map.of(), Optional.of(credentials),
                Optional.of(credentials));

        assertThat(env).containsEntry("AWS_SHARED_CREDENTIALS_FILE", credentials.awsCredentialsFile().toString())
                .containsEntry("AWS_CONFIG_FILE", credentials.awsConfigFile().toString())
                .containsEntry("REDIS_PASSWORD_FILE", credentials.redisPasswordFile().toString())
                .containsEntry("REDIS_URL", "redis://127.0.0.1:2")
                .doesNotContainKeys("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "REDIS_PASSWORD");
        assertThat(String.join(" ", env.values())).doesNotContain(credentials.accessKeyId(),
                credentials.secretAccessKey(), credentials.redisPassword());
        assertThat(LocalRenderWorkflow.withheld(Optional.of(credentials), Optional.of(credentials)))
                .contains("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE",
                        "REDIS_PASSWORD");
    }

    @Test
    void externalServersAreLeftAsTheyAreConfigured() {
        Map<String, String> env = LocalRenderWorkflow.taskEnvironment(CONFIG, Map.of(), Optional.empty(), Optional.empty());

        assertThat(env).doesNotContainKeys("AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE", "REDIS_PASSWORD_FILE",
                "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");
        assertThat(LocalRenderWorkflow.withheld(Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void theBackendsSettingsReachTheRenderTasksButWhichBackendAndTheNegativePromptComeWithEachJob() {
        Map<String, String> env = LocalRenderWorkflow.taskEnvironment(CONFIG, Map.of("RENDER_BACKEND", "comfyui",
                "COMFYUI_URL", "http://127.0.0.1:8188", "COMFYUI_WORKFLOW", "wan-2.1", "NEGATIVE_PROMPT", "blurry",
                "MONGODB_URI", "mongodb://x"), Optional.empty(), Optional.empty());

        assertThat(env).containsEntry("COMFYUI_URL", "http://127.0.0.1:8188").containsEntry("COMFYUI_WORKFLOW", "wan-2.1")
                .doesNotContainKeys("RENDER_BACKEND", "NEGATIVE_PROMPT", "MONGODB_URI");
    }
}
