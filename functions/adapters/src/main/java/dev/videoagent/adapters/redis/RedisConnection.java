package dev.videoagent.adapters.redis;

import dev.videoagent.core.config.AppConfig;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One shared Lettuce connection (thread-safe, multiplexed). It connects lazily and reconnects after
 * a failure, so Redis being down at start-up or later never stops the service from starting.
 */
public final class RedisConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisConnection.class);

    private final RedisClient client;
    private final Duration timeout;
    private volatile StatefulRedisConnection<String, String> connection;
    private final RedisBreaker breaker;
    /** After a Redis failure it is skipped this long, so a dead Redis costs one timeout, not one per call. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

    public RedisConnection(AppConfig config) {
        this(config.redisUrl(), config.dependencyTimeout());
    }

    public RedisConnection(java.net.URI redisUrl, Duration timeout) {
        this(redisUrl, timeout, java.util.Optional.empty());
    }

    /** With the AUTH token from outside the URL (Secrets Manager in AWS). */
    public RedisConnection(java.net.URI redisUrl, Duration timeout, java.util.Optional<String> password) {
        this(redisUrl, timeout, password, java.time.Clock.systemUTC(), DEFAULT_RETRY_AFTER);
    }

    /**
     * With the breaker's pause: after a failure nobody using this connection asks Redis again for {@code retryAfter}
     * (one breaker per connection, so the cache and the progress store agree on whether Redis is up).
     */
    public RedisConnection(java.net.URI redisUrl, Duration timeout, java.util.Optional<String> password,
                           java.time.Clock clock, Duration retryAfter) {
        this.breaker = new RedisBreaker(clock, retryAfter);
        this.timeout = timeout;
        RedisURI uri = RedisURI.create(redisUrl);
        password.ifPresent(p -> uri.setPassword(p.toCharArray()));
        uri.setTimeout(timeout);
        this.client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                // while disconnected, fail commands at once instead of buffering them
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).keepAlive(true).build())
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build());
    }

    /**
     * Runs commands through this connection's breaker: a failure surfaces as DependencyUnavailableException and
     * keeps every caller of this connection off Redis for the pause.
     */
    public <T> T call(java.util.function.Function<RedisCommands<String, String>, T> commands) {
        return breaker.call(() -> commands.apply(sync()));
    }

    /** Synchronous commands on the shared connection; throws if Redis cannot be reached. */
    public RedisCommands<String, String> sync() {
        StatefulRedisConnection<String, String> current = connection;
        if (current == null || !current.isOpen()) {
            current = connect();
        }
        return current.sync();
    }

    private synchronized StatefulRedisConnection<String, String> connect() {
        if (connection != null && connection.isOpen()) {
            return connection;
        }
        if (connection != null) {
            connection.closeAsync();
        }
        connection = client.connect();
        LOG.info("redis: connected");
        return connection;
    }

    /** Drops the connection (a snapshot must not hold a socket); the next command connects again. */
    public synchronized void disconnect() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    @Override
    public void close() {
        StatefulRedisConnection<String, String> current = connection;
        if (current != null) {
            current.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
