package dev.videoagent.core.health;

import java.util.Locale;

public enum DependencyState {
    UP, DOWN;

    /** The wire form: {@code "up"} / {@code "down"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
