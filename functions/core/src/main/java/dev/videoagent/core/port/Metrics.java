package dev.videoagent.core.port;

import dev.videoagent.core.model.MetricName;

/**
 * Port: operational metrics (CloudWatch through Embedded Metric Format in AWS; nothing locally). The
 * names the services record are the {@link MetricName}s, which the dashboard and alarms read.
 */
public interface Metrics {

    Metrics NONE = (name, value, unit) -> { };

    /** Units as CloudWatch names them: Count, Seconds, None. */
    void record(String name, double value, String unit);

    /** Records one of the named metrics in its own unit. */
    default void record(MetricName metric, double value) {
        record(metric.cloudWatchName(), value, metric.unit());
    }
}
