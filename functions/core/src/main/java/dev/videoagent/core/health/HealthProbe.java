package dev.videoagent.core.health;

/** Port: checks that one outside dependency answers. Each adapter that owns a connection provides one. */
public interface HealthProbe {

    /** Name shown in the health report, e.g. {@code mongo}. */
    String dependency();

    /** Returns normally when the dependency answers; throws when it does not. May block up to its timeout. */
    void check();
}
