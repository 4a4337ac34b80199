package dev.videoagent.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.config.AppConfig;
import dev.videoagent.core.model.DependencyState;
import dev.videoagent.handlers.http.HandlerKind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapStartPrimingTest {

    // nothing listens on these ports: priming and restore must cope with dependencies that are down
    private static final AppConfig CONFIG = AppConfig.fromEnv(Map.of("AWS_REGION", "us-east-1",
            "VIDEO_BUCKET", "videos", "MONGODB_URI", "mongodb://127.0.0.1:1", "REDIS_URL", "redis://127.0.0.1:1",
            "AWS_ENDPOINT_URL", "http://127.0.0.1:1", "DEPENDENCY_TIMEOUT_MS", "300"));

    private static ServiceWiring wiring() {
        return ServiceWiring.forLambda(CONFIG, EnumSet.of(HandlerKind.GENERATE, HandlerKind.HEALTH));
    }

    @Test
    void primingRunsTheEngineOnEveryIdeaAndRestoreChecksTheDependenciesWithinLambdasLimit() {
        try (ServiceWiring wiring = wiring()) {
            SnapStartPriming priming = new SnapStartPriming(wiring);

            var prompts = priming.prime();
            assertThat(prompts).hasSize(SnapStartPriming.IDEAS.size());
            assertThat(prompts.get(0)).contains("puppy");
            assertThat(prompts.get(1)).contains("snow");
            assertThat(prompts.get(2)).contains("sports car");
            assertThat(prompts).doesNotHaveDuplicates();

            long start = System.nanoTime();
            var report = priming.reconnect();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(report.dependencies()).containsOnlyKeys("mongo", "redis", "s3")
                    .allSatisfy((name, state) -> assertThat(state).isEqualTo(DependencyState.DOWN));
        }
    }

    @Test
    void aFunctionWithoutThePromptEngineSkipsThePrimingAndRestoresOnlyItsOwnConnections() {
        try (ServiceWiring wiring = ServiceWiring.forLambda(CONFIG, EnumSet.of(HandlerKind.HISTORY))) {
            SnapStartPriming priming = new SnapStartPriming(wiring);

            assertThat(priming.prime()).isEmpty();
            assertThat(priming.reconnect().dependencies()).containsOnlyKeys("mongo");
        }
    }
}
