package dev.videoagent.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.core.config.UsageLimitsConfig;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.error.QuotaExceededException;
import dev.videoagent.core.error.RateLimitedException;
import dev.videoagent.core.model.UsageLimit;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.port.TestClock;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/** Per-person limits against a real redis-server on a loopback socket, on a clock the test moves. */
class RedisUsageLimitsIT {

    private static final UserId ANA = new UserId("ana");
    private static final UserId BEN = new UserId("ben");

    private final TestClock clock = TestClock.at(Instant.parse("2026-12-01T23:59:00Z"));

    private RedisServer server;
    private RedisConnection connection;
    private RedisUsageLimits limits;

    @BeforeEach
    void start() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = RedisServer.newRedisServer().bind("127.0.0.1").port(port).setting("save \"\"")
                .setting("appendonly no").build();
        server.start();
        connection = new RedisConnection(URI.create("redis://127.0.0.1:" + port), Duration.ofMillis(300),
                Optional.empty(), Clock.systemUTC(), Duration.ofMillis(300));
        limits = new RedisUsageLimits(connection, new UsageLimitsConfig(3, 2, 600, 3), clock);
    }

    @AfterEach
    void stop() throws IOException {
        connection.close();
        if (server.isActive()) {
            server.stop();
        }
    }

    @Test
    void aPersonsWritesRunOutAndComeBackAtTheBucketsRateWhileOthersAreUntouched() {
        for (int i = 0; i < 3; i++) {
            limits.take(ANA, UsageLimit.WRITE);
        }
        assertThatThrownBy(() -> limits.take(ANA, UsageLimit.WRITE)).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(20))); // 3 a minute: one per 20 s
        limits.take(BEN, UsageLimit.WRITE);
        limits.take(ANA, UsageLimit.RENDER); // another bucket

        clock.advance(Duration.ofSeconds(20));
        limits.take(ANA, UsageLimit.WRITE);
        assertThatThrownBy(() -> limits.take(ANA, UsageLimit.WRITE)).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void renderSecondsPastTheDailyQuotaAreRefusedUntilMidnightAndNotCounted() {
        limits.chargeRenderSeconds(ANA, 300);
        limits.chargeRenderSeconds(ANA, 290);

        assertThatThrownBy(() -> limits.chargeRenderSeconds(ANA, 15)).isInstanceOfSatisfying(
                QuotaExceededException.class, e -> assertThat(e.resetsAt()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z")));
        limits.chargeRenderSeconds(ANA, 10); // the refused 15 s were not added: exactly 600 fit
        limits.chargeRenderSeconds(BEN, 600);

        clock.set(Instant.parse("2026-12-02T00:00:01Z"));
        limits.chargeRenderSeconds(ANA, 600);
    }

    @Test
    void withoutRedisWritesGoThroughAndRendersAreRefused() throws IOException {
        server.stop();

        for (int i = 0; i < 10; i++) {
            limits.take(ANA, UsageLimit.WRITE);
        }
        assertThatThrownBy(() -> limits.take(ANA, UsageLimit.RENDER)).isInstanceOf(DependencyUnavailableException.class);
        assertThatThrownBy(() -> limits.chargeRenderSeconds(ANA, 10)).isInstanceOf(DependencyUnavailableException.class);
    }
}
