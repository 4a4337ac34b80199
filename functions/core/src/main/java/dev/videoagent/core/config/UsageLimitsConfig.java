package dev.videoagent.core.config;

import java.util.Map;

/**
 * What one person may consume: writes (generations, saved edits) a minute, renders started an hour, and seconds of
 * video rendered a day; and how many different people must agree before their edits teach anyone else's prompt
 * (one person's weight in shared learning). Read once from the environment; a bad value fails at start naming its variable.
 */
public record UsageLimitsConfig(int writesPerMinute, int rendersPerHour, int renderSecondsPerDay,
                                int learningMinUsers) {

    /** A deployment's defaults: a person at work, not a script. The local runtime sets its own, far higher. */
    public static final UsageLimitsConfig DEFAULT = new UsageLimitsConfig(60, 20, 600, 3);

    public UsageLimitsConfig {
        check(EnvVar.LIMIT_WRITES_PER_MINUTE, writesPerMinute);
        check(EnvVar.LIMIT_RENDERS_PER_HOUR, rendersPerHour);
        check(EnvVar.LIMIT_RENDER_SECONDS_PER_DAY, renderSecondsPerDay);
        check(EnvVar.LEARNING_MIN_USERS, learningMinUsers);
    }

    public static UsageLimitsConfig fromEnv(Map<String, String> env) {
        return new UsageLimitsConfig(number(env, EnvVar.LIMIT_WRITES_PER_MINUTE, DEFAULT.writesPerMinute()),
                number(env, EnvVar.LIMIT_RENDERS_PER_HOUR, DEFAULT.rendersPerHour()),
                number(env, EnvVar.LIMIT_RENDER_SECONDS_PER_DAY, DEFAULT.renderSecondsPerDay()),
                number(env, EnvVar.LEARNING_MIN_USERS, DEFAULT.learningMinUsers()));
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(name, "not a whole number: '" + value + "'");
        }
    }

    private static void check(String name, int value) {
        if (value < 1 || value > 1_000_000) {
            throw new ConfigException(name, "must be between 1 and 1000000, got " + value);
        }
    }
}
