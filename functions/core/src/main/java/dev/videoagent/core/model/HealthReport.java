package dev.videoagent.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Result of one health check: overall state plus each dependency, in probe order. */
public record HealthReport(Map<String, DependencyState> dependencies) {

    public HealthReport {
        dependencies = Collections.unmodifiableMap(new LinkedHashMap<>(dependencies));
    }

    public boolean healthy() {
        return dependencies.values().stream().allMatch(s -> s == DependencyState.UP);
    }
}
