package dev.videoagent.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;

/** The times an ASL state asks for: a retrier's backoff, a task's timeout and a Wait state's wait. */
final class StateTimes {

    private StateTimes() {
    }

    /**
     * The wait before retry n (1-based) of a retrier: IntervalSeconds x BackoffRate^(n-1), at most
     * MaxDelaySeconds; with FULL jitter a uniform draw between 0 and that.
     */
    static double retryDelaySeconds(JsonNode retrier, int attempt, Random jitter) {
        double delay = retrier.path("IntervalSeconds").asDouble(1) * Math.pow(retrier.path("BackoffRate").asDouble(2.0),
                attempt - 1);
        if (retrier.has("MaxDelaySeconds")) {
            delay = Math.min(delay, retrier.get("MaxDelaySeconds").asDouble());
        }
        if (retrier.path("JitterStrategy").asText("NONE").equals("FULL")) {
            delay = jitter.nextDouble() * delay;
        }
        return delay;
    }

    static Optional<Duration> timeout(JsonNode state, JsonNode input, JsonNode context) {
        if (state.has("TimeoutSeconds")) {
            return Optional.of(Duration.ofSeconds(state.get("TimeoutSeconds").asLong()));
        }
        if (state.has("TimeoutSecondsPath")) {
            JsonNode value = AslPaths.read(state.get("TimeoutSecondsPath").asText(), input, context);
            if (!value.canConvertToLong() || value.asLong() <= 0) {
                throw new StatesError(StatesError.RUNTIME, "TimeoutSecondsPath must give a positive integer");
            }
            return Optional.of(Duration.ofSeconds(value.asLong()));
        }
        return Optional.empty();
    }

    static double waitSeconds(JsonNode state, JsonNode input, JsonNode context) {
        if (state.has("Seconds")) {
            return state.get("Seconds").asDouble();
        }
        if (state.has("SecondsPath")) {
            return AslPaths.read(state.get("SecondsPath").asText(), input, context).asDouble();
        }
        String at = state.has("Timestamp") ? state.get("Timestamp").asText()
                : AslPaths.read(state.get("TimestampPath").asText(), input, context).asText();
        return Math.max(0, Duration.between(Instant.now(), Instant.parse(at)).toMillis() / 1000.0);
    }
}
