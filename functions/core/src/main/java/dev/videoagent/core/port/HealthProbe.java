package dev.videoagent.core.port;

/** Port: checks that one outside dependency answers. Each adapter that owns a connection provides one. */
public interface HealthProbe {

    /** Name shown in the health report, e.g. {@code mongo}. */
    String dependency();

    /** Returns normally when the dependency answers; throws when it does not. May block up to its timeout. */
    void check();

    /** A probe from a name and a check, e.g. for a dependency reached through a plain function. */
    static HealthProbe of(String dependency, Runnable check) {
        return new HealthProbe() {
            @Override
            public String dependency() {
                return dependency;
            }

            @Override
            public void check() {
                check.run();
            }
        };
    }
}
