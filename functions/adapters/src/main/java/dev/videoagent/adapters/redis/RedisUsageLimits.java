package dev.videoagent.adapters.redis;

import dev.videoagent.core.config.UsageLimitsConfig;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.error.QuotaExceededException;
import dev.videoagent.core.error.RateLimitedException;
import dev.videoagent.core.model.UsageLimit;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.port.UsageLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-person limits in Redis, shared by every function and runtime: a token bucket per person and limit (one
 * Lua script, so concurrent requests cannot both take the last token) and a counter of render seconds per person
 * and UTC day. Without Redis, writes go through and renders are refused.
 */
public final class RedisUsageLimits implements UsageLimits {

    private static final Logger LOG = LoggerFactory.getLogger(RedisUsageLimits.class);

    /** KEYS[1] the bucket; ARGV capacity, tokens per millisecond, now (ms). Answers 0, or the ms until a token. */
    private static final String TAKE = """
            local b = redis.call('HMGET', KEYS[1], 't', 'at')
            local cap = tonumber(ARGV[1]); local rate = tonumber(ARGV[2]); local now = tonumber(ARGV[3])
            local tokens = tonumber(b[1]); local at = tonumber(b[2])
            if tokens == nil then tokens = cap; at = now end
            tokens = math.min(cap, tokens + math.max(0, now - at) * rate)
            if tokens < 1 then return math.ceil((1 - tokens) / rate) end
            redis.call('HSET', KEYS[1], 't', tostring(tokens - 1), 'at', tostring(now))
            redis.call('PEXPIRE', KEYS[1], math.ceil(cap / rate))
            return 0
            """;
    /** KEYS[1] the day's counter; ARGV seconds, quota, ttl (s). Answers the new total, or -1 (nothing added). */
    private static final String CHARGE = """
            local used = tonumber(redis.call('GET', KEYS[1]) or '0')
            if used + tonumber(ARGV[1]) > tonumber(ARGV[2]) then return -1 end
            local total = redis.call('INCRBY', KEYS[1], ARGV[1])
            redis.call('EXPIRE', KEYS[1], ARGV[3])
            return total
            """;

    private final RedisConnection redis;
    private final UsageLimitsConfig config;
    private final Clock clock;

    public RedisUsageLimits(RedisConnection redis, UsageLimitsConfig config, Clock clock) {
        this.redis = redis;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public void take(UserId person, UsageLimit limit) {
        int capacity = limit == UsageLimit.WRITE ? config.writesPerMinute() : config.rendersPerHour();
        Duration window = limit == UsageLimit.WRITE ? Duration.ofMinutes(1) : Duration.ofHours(1);
        double perMilli = (double) capacity / window.toMillis();
        long waitMillis;
        try {
            waitMillis = (Long) redis.call(r -> r.eval(TAKE, List.of("limit:" + limit.name().toLowerCase(Locale.ROOT) + ":"
                    + person.value()), List.of(Integer.toString(capacity), Double.toString(perMilli),
                    Long.toString(clock.millis()))));
        } catch (DependencyUnavailableException e) {
            if (limit == UsageLimit.WRITE) {
                LOG.debug("limits: Redis is down, a write goes through unlimited");
                return;
            }
            throw e;
        }
        if (waitMillis > 0) {
            Duration retryAfter = Duration.ofSeconds(Math.max(1, (waitMillis + 999) / 1000));
            throw new RateLimitedException(limit == UsageLimit.WRITE
                    ? "Too many prompts and edits: at most " + capacity + " a minute."
                    : "Too many renders started: at most " + capacity + " an hour.", retryAfter);
        }
    }

    @Override
    public void chargeRenderSeconds(UserId person, int seconds) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Instant resetsAt = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        long total = (Long) redis.call(r -> r.eval(CHARGE, List.of("quota:render-seconds:" + person.value() + ":" + today),
                List.of(Integer.toString(seconds), Integer.toString(config.renderSecondsPerDay()),
                        Long.toString(Duration.ofDays(2).toSeconds()))));
        if (total < 0) {
            throw new QuotaExceededException("Today's render time is used up: " + config.renderSecondsPerDay()
                    + " seconds of video a day.", resetsAt);
        }
    }
}
