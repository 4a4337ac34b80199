package dev.videoagent.core.model;

import java.util.Locale;

public enum DependencyState {
    UP, DOWN,
    /** Not answering, and its supervisor is starting it again. */
    RECOVERING;

    /** The wire form: {@code "up"} / {@code "down"} / {@code "recovering"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
