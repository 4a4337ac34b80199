package dev.videoagent.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.adapters.redis.RedisConnection;
import dev.videoagent.adapters.redis.RedisPromptCache;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.port.PromptCache;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/** The contract against a real redis-server child process on a loopback socket, through Jedis. */
class RedisPromptCacheIT extends PromptCacheContract {

    private int port;
    private RedisServer server;
    private RedisConnection connection;
    private RedisPromptCache cache;

    @BeforeEach
    void start() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = RedisServer.newRedisServer().bind("127.0.0.1").port(port).setting("save \"\"")
                .setting("appendonly no").build();
        server.start();
        connection = new RedisConnection(java.net.URI.create("redis://127.0.0.1:" + port), Duration.ofMillis(300),
                java.util.Optional.empty(), Clock.systemUTC(), Duration.ofMillis(300));
        cache = new RedisPromptCache(connection);
    }

    @AfterEach
    void stop() throws IOException {
        connection.close();
        if (server.isActive()) {
            server.stop();
        }
    }

    @Override
    protected PromptCache cache() {
        return cache;
    }

    /** Redis expires keys by its own clock (the TTL is sent as PX): real time has to pass. */
    @Override
    protected void elapse(Duration time) throws InterruptedException {
        Thread.sleep(time.toMillis());
    }

    @Test
    void aStoppedServerFailsFastAndAnInvalidationMadeMeanwhileIsSentWhenItIsBack() throws Exception {
        server.stop();

        assertThatThrownBy(() -> cache.versions(List.of("key:animal.puppy")))
                .isInstanceOf(DependencyUnavailableException.class);
        long started = System.nanoTime();
        assertThatThrownBy(() -> cache.invalidate(List.of("key:animal.puppy")))
                .isInstanceOf(DependencyUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(100));

        server = RedisServer.newRedisServer().bind("127.0.0.1").port(port).setting("save \"\"")
                .setting("appendonly no").build();
        server.start();
        Thread.sleep(400);

        assertThat(cache.versions(List.of("key:animal.puppy"))).containsEntry("key:animal.puppy", 1L);
    }
}
