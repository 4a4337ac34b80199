package dev.videoagent.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Result of one health check: overall state plus each dependency, in probe order. */
public record HealthReport(Map<String, DependencyState> dependencies) {

    public HealthReport {
        dependencies = Collections.unmodifiableMap(new LinkedHashMap<>(dependencies));
    }

    /**
     * How the per-person limits behave now: {@code enforced} (counted in Redis), {@code renders-refused} (Redis is
     * down: prompts and edits go through unlimited, renders are refused), or {@code none} (no Redis wired).
     */
    public String limits() {
        DependencyState redis = dependencies.get("redis");
        return redis == null ? "none" : redis == DependencyState.UP ? "enforced" : "renders-refused";
    }

    public boolean healthy() {
        return dependencies.values().stream().allMatch(s -> s == DependencyState.UP);
    }
}
