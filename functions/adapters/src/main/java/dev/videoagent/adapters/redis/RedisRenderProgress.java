package dev.videoagent.adapters.redis;

import dev.videoagent.core.model.RenderJob;
import dev.videoagent.core.model.RenderStatus;
import dev.videoagent.core.port.RenderProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A render's status as a Redis hash {@code videoagent:render:<jobId>}, kept a day. Plain fields, so
 * the status route (and a person with redis-cli) reads them without a schema.
 */
public final class RedisRenderProgress implements RenderProgress {

    static final String PREFIX = "videoagent:render:";
    static final Duration KEEP = Duration.ofDays(1);

    private final RedisConnection redis;

    public RedisRenderProgress(RedisConnection redis) {
        this.redis = redis;
    }

    @Override
    public void update(RenderStatus status) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("state", status.state().name());
        fields.put("attempt", Integer.toString(status.attempt()));
        fields.put("mode", status.mode().name());
        fields.put("progress", Double.toString(status.progress()));
        fields.put("videoKey", status.videoKey().orElse(""));
        fields.put("posterKey", status.posterKey().orElse(""));
        fields.put("error", status.error().orElse(""));
        fields.put("updatedAt", status.updatedAt().toString());
        redis.call(commands -> {
            commands.hset(PREFIX + status.jobId(), fields);
            return commands.expire(PREFIX + status.jobId(), KEEP.toSeconds());
        });
    }

    @Override
    public Optional<RenderStatus> latest(String jobId) {
        return redis.call(commands -> {
            Map<String, String> f = commands.hgetAll(PREFIX + jobId);
            if (f == null || f.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new RenderStatus(jobId, RenderStatus.State.valueOf(f.get("state")),
                    Integer.parseInt(f.get("attempt")), RenderJob.Mode.valueOf(f.get("mode")),
                    Double.parseDouble(f.get("progress")), nonEmpty(f.get("videoKey")), nonEmpty(f.get("posterKey")),
                    nonEmpty(f.get("error")), Instant.parse(f.get("updatedAt"))));
        });
    }

    private static Optional<String> nonEmpty(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
