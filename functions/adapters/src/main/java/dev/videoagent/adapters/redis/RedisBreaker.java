package dev.videoagent.adapters.redis;

import dev.videoagent.core.error.DependencyUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.exceptions.JedisException;

/**
 * After a Redis failure, Redis is not asked again for {@code retryAfter}: a dead cache or progress
 * store costs one timeout, not one per call. Failures surface as DependencyUnavailableException.
 */
final class RedisBreaker {

    private static final Logger LOG = LoggerFactory.getLogger(RedisBreaker.class);

    private final Clock clock;
    private final Duration retryAfter;
    private volatile Instant downUntil = Instant.MIN;

    RedisBreaker(Clock clock, Duration retryAfter) {
        this.clock = clock;
        this.retryAfter = retryAfter;
    }

    <T> T call(Supplier<T> call) {
        if (clock.instant().isBefore(downUntil)) {
            throw new DependencyUnavailableException("redis", new IllegalStateException("redis failed recently"));
        }
        try {
            return call.get();
        } catch (JedisException e) {
            downUntil = clock.instant().plus(retryAfter);
            LOG.warn("redis: unavailable, not asked again for {} ms: {}", retryAfter.toMillis(), e.getMessage());
            throw new DependencyUnavailableException("redis", e);
        }
    }
}
