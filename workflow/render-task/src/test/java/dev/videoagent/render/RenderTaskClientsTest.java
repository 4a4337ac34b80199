package dev.videoagent.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.config.RenderTaskConfig;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderTaskClientsTest {

    private static Map<String, String> env(String region) {
        Map<String, String> env = new HashMap<>(Map.of("AWS_REGION", region, "AWS_ENDPOINT_URL", "http://127.0.0.1:9",
                "REDIS_URL", "redis://127.0.0.1:9"));
        env.putAll(Map.of("JOB_ID", "job-1", "PROMPT", "a kite over a beach", "OUTPUT_BUCKET", "videos",
                "OUTPUT_KEY", "videos/job-1.webm"));
        return env;
    }

    @Test
    void aJobThatConnectsWhereTheStandbyDidUsesItsClients() {
        try (RenderTaskClients made = RenderTaskClients.create(RenderTaskConfig.Connections.fromEnv(env("eu-west-1")))) {
            RenderTaskClients used = made.forJob(RenderTaskConfig.fromEnv(env("eu-west-1")));

            assertThat(used).isSameAs(made);
            assertThat(used.redis()).isPresent();
        }
    }

    @Test
    void aJobThatConnectsElsewhereGetsClientsOfItsOwn() {
        RenderTaskClients made = RenderTaskClients.create(RenderTaskConfig.Connections.fromEnv(env("eu-west-1")));
        RenderTaskConfig job = RenderTaskConfig.fromEnv(env("ap-northeast-2"));

        try (RenderTaskClients used = made.forJob(job)) {
            assertThat(used).isNotSameAs(made);
            assertThat(used.connections()).isEqualTo(job.connections());
            assertThat(used.connections().region()).isEqualTo("ap-northeast-2");
        }
    }

    @Test
    void theConnectionsNeverShowTheRedisPassword() {
        Map<String, String> env = env("eu-west-1");
        env.put("REDIS_PASSWORD", "s3cr3t");
        assertThat(RenderTaskConfig.Connections.fromEnv(env).toString()).doesNotContain("s3cr3t").contains("***");
    }
}
