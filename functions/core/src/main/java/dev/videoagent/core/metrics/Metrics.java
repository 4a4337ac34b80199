package dev.videoagent.core.metrics;

/**
 * Port: operational metrics (CloudWatch through Embedded Metric Format in AWS; nothing locally). Names
 * are the dashboard's: CacheHitRatio, RenderDuration, RenderRetries, RenderFallbacks.
 */
public interface Metrics {

    Metrics NONE = (name, value, unit) -> { };

    /** Units as CloudWatch names them: Count, Seconds, None. */
    void record(String name, double value, String unit);
}
