package dev.videoagent.core.usecase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.model.DependencyState;
import dev.videoagent.core.model.HealthReport;
import dev.videoagent.core.port.HealthProbe;
import dev.videoagent.core.port.Supervision;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class HealthServiceTest {

    private static HealthProbe probe(String name, Runnable check) {
        return HealthProbe.of(name, check);
    }

    @Test
    void allProbesAnsweringIsHealthyInProbeOrder() {
        try (HealthService health = new HealthService(List.of(
                probe("mongo", () -> { }), probe("redis", () -> { }), probe("s3", () -> { })), Duration.ofSeconds(1))) {
            HealthReport report = health.check();

            assertThat(report.healthy()).isTrue();
            assertThat(report.dependencies()).containsExactly(
                    java.util.Map.entry("mongo", DependencyState.UP),
                    java.util.Map.entry("redis", DependencyState.UP),
                    java.util.Map.entry("s3", DependencyState.UP));
        }
    }

    @Test
    void aFailingProbeIsDownAndTheOthersStayUp() {
        try (HealthService health = new HealthService(List.of(
                probe("mongo", () -> { }),
                probe("redis", () -> { throw new IllegalStateException("connection refused"); }),
                probe("s3", () -> { })), Duration.ofSeconds(1))) {
            HealthReport report = health.check();

            assertThat(report.healthy()).isFalse();
            assertThat(report.dependencies().get("redis")).isEqualTo(DependencyState.DOWN);
            assertThat(report.dependencies().get("mongo")).isEqualTo(DependencyState.UP);
            assertThat(report.dependencies().get("s3")).isEqualTo(DependencyState.UP);
        }
    }

    @Test
    void aFailingProbeWhoseSupervisorIsRestartingItIsRecoveringAndAnAnsweringOneStaysUp() {
        Supervision redisRestarting = dependency -> dependency.equals("redis");
        try (HealthService health = new HealthService(List.of(
                probe("mongo", () -> { }),
                probe("redis", () -> { throw new IllegalStateException("connection refused"); })),
                Duration.ofSeconds(1), redisRestarting)) {
            HealthReport report = health.check();

            assertThat(report.healthy()).isFalse();
            assertThat(report.dependencies()).containsExactly(
                    java.util.Map.entry("mongo", DependencyState.UP),
                    java.util.Map.entry("redis", DependencyState.RECOVERING));
            assertThat(report.dependencies().get("redis").label()).isEqualTo("recovering");
        }
    }

    @Test
    void aHangingProbeIsDownAfterTheTimeoutAndDoesNotBlockTheOthers() {
        CountDownLatch never = new CountDownLatch(1);
        HealthProbe hanging = probe("mongo", () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (HealthService health = new HealthService(List.of(hanging, probe("s3", () -> { })),
                Duration.ofMillis(200))) {
            HealthReport report = health.check();

            assertThat(report.dependencies().get("mongo")).isEqualTo(DependencyState.DOWN);
            assertThat(report.dependencies().get("s3")).isEqualTo(DependencyState.UP);
        }
    }
}
