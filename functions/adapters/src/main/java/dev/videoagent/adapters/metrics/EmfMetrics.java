package dev.videoagent.adapters.metrics;

import dev.videoagent.core.model.MetricName;
import dev.videoagent.core.port.Metrics;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Locale;

/**
 * Metrics as CloudWatch Embedded Metric Format: one JSON line per value on standard output, which
 * Lambda and the awslogs driver ship to CloudWatch Logs, where the metric is extracted. No dimensions,
 * namespace {@code VideoAgent}: the dashboard and alarms read them as they are.
 */
public final class EmfMetrics implements Metrics {

    public static final String NAMESPACE = MetricName.NAMESPACE;

    private final PrintStream out;
    private final Clock clock;

    public EmfMetrics(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public void record(String name, double value, String unit) {
        if (!name.matches("[A-Za-z][A-Za-z0-9]{0,100}") || !unit.matches("[A-Za-z/]{1,30}")) {
            throw new IllegalArgumentException("not a metric name or unit: " + name + " " + unit);
        }
        String line = String.format(Locale.ROOT, "{\"_aws\":{\"Timestamp\":%d,\"CloudWatchMetrics\":[{\"Namespace\":"
                + "\"%s\",\"Dimensions\":[[]],\"Metrics\":[{\"Name\":\"%s\",\"Unit\":\"%s\"}]}]},\"%s\":%s}",
                clock.millis(), NAMESPACE, name, unit, name, Double.isFinite(value) ? Double.toString(value) : "0");
        synchronized (out) {
            out.println(line);
        }
    }
}
