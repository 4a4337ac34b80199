package dev.videoagent.adapters.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EmfMetricsTest {

    @Test
    void aValueIsOneEmbeddedMetricFormatLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EmfMetrics(new PrintStream(out, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.ofEpochMilli(1_764_000_000_000L), ZoneOffset.UTC)).record("RenderRetries", 1, "Count");

        assertThat(out.toString(StandardCharsets.UTF_8).trim()).isEqualTo("{\"_aws\":{\"Timestamp\":1764000000000,"
                + "\"CloudWatchMetrics\":[{\"Namespace\":\"VideoAgent\",\"Dimensions\":[[]],\"Metrics\":[{\"Name\":"
                + "\"RenderRetries\",\"Unit\":\"Count\"}]}]},\"RenderRetries\":1.0}");
    }

    @Test
    void namesThatCouldBreakTheJsonAreRefused() {
        EmfMetrics metrics = new EmfMetrics(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                Clock.systemUTC());
        assertThatThrownBy(() -> metrics.record("a\",\"b", 1, "Count")).isInstanceOf(IllegalArgumentException.class);
    }
}
