package dev.videoagent.adapters.redis;

import dev.videoagent.core.config.AppConfig;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * A small Jedis pool (thread-safe; a broken connection is dropped and the next command opens a new one), so
 * Redis being down at start-up or later never stops the service. Jedis rather than Lettuce: the same commands
 * without Netty and Reactor, about 5 MB less in every deployment package that talks to Redis.
 */
public final class RedisConnection implements AutoCloseable {

    /** After a Redis failure it is skipped this long, so a dead Redis costs one timeout, not one per call. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);
    /** Enough for the local gateway's request threads; a Lambda container uses one. */
    private static final int MAX_CONNECTIONS = 32;

    private final RedisClient pool;
    private final RedisBreaker breaker;

    public RedisConnection(AppConfig config) {
        this(config.redisUrl(), config.dependencyTimeout());
    }

    public RedisConnection(URI redisUrl, Duration timeout) {
        this(redisUrl, timeout, Optional.empty());
    }

    /** With the AUTH token from outside the URL (Secrets Manager in AWS). */
    public RedisConnection(URI redisUrl, Duration timeout, Optional<String> password) {
        this(redisUrl, timeout, password, Clock.systemUTC(), DEFAULT_RETRY_AFTER);
    }

    /**
     * With the breaker's pause: after a failure nobody using this connection asks Redis again for {@code retryAfter}
     * (one breaker per connection, so the cache and the progress store agree on whether Redis is up).
     */
    public RedisConnection(URI redisUrl, Duration timeout, Optional<String> password, Clock clock,
                           Duration retryAfter) {
        this.breaker = new RedisBreaker(clock, retryAfter);
        int millis = Math.toIntExact(timeout.toMillis());
        DefaultJedisClientConfig.Builder client = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(millis).socketTimeoutMillis(millis)
                .ssl("rediss".equalsIgnoreCase(redisUrl.getScheme()))
                .database(database(redisUrl));
        String userInfo = redisUrl.getUserInfo();
        Optional<String> fromUrl = userInfo == null ? Optional.empty()
                : Optional.of(userInfo.substring(userInfo.indexOf(':') + 1)).filter(p -> !p.isEmpty());
        password.or(() -> fromUrl).ifPresent(client::password);
        GenericObjectPoolConfig<Connection> poolConfig = new GenericObjectPoolConfig<>();
        poolConfig.setMaxTotal(MAX_CONNECTIONS);
        poolConfig.setMaxIdle(MAX_CONNECTIONS);
        poolConfig.setMinIdle(0);
        poolConfig.setMaxWait(timeout);
        poolConfig.setJmxEnabled(false);
        this.pool = RedisClient.builder().hostAndPort(new HostAndPort(redisUrl.getHost(),
                redisUrl.getPort() < 0 ? 6379 : redisUrl.getPort())).clientConfig(client.build()).poolConfig(poolConfig)
                .build();
    }

    private static int database(URI url) {
        String path = url.getPath();
        return path == null || path.length() <= 1 ? 0 : Integer.parseInt(path.substring(1));
    }

    /**
     * Runs commands through this connection's breaker: a failure surfaces as DependencyUnavailableException and
     * keeps every caller of this connection off Redis for the pause.
     */
    public <T> T call(Function<RedisClient, T> commands) {
        return breaker.call(() -> onFreshConnectionIfStale(commands));
    }

    /** PING without the breaker (the health check asks Redis itself); throws if Redis cannot be reached. */
    public String ping() {
        return onFreshConnectionIfStale(RedisClient::ping);
    }

    /** The commands as they are, for tests and tools that talk to Redis directly. */
    public RedisClient commands() {
        return pool;
    }

    /**
     * A pooled socket that Redis closed (a restart, an idle timeout) fails its next command; the pool drops it, so
     * one more try opens a new connection. A Redis that cannot be reached at all is not asked twice.
     */
    private <T> T onFreshConnectionIfStale(Function<RedisClient, T> commands) {
        try {
            return commands.apply(pool);
        } catch (JedisConnectionException e) {
            if (unreachable(e)) {
                throw e;
            }
            return commands.apply(pool);
        }
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SocketTimeoutException
                    || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /** Drops the idle connections (a snapshot must not hold a socket); the next command connects again. */
    public void disconnect() {
        pool.getPool().clear();
    }

    @Override
    public void close() {
        pool.close();
    }
}
