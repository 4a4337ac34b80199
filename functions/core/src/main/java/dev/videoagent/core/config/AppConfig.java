package dev.videoagent.core.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The service configuration, read once from the environment. Every value is validated here so
 * that a bad deployment fails at start with the variable's name rather than on the first request.
 */
public record AppConfig(
        String region,
        Optional<URI> awsEndpointUrl,
        String videoBucket,
        URI mongoUri,
        String mongoDatabase,
        URI redisUrl,
        List<String> corsAllowedOrigins,
        Duration dependencyTimeout,
        String logLevel,
        Optional<String> bedrockModelId,
        Optional<URI> bedrockEndpointUrl,
        Optional<String> stateMachineArn,
        Duration renderTaskTimeout,
        Optional<String> mongoSecretArn,
        Optional<String> redisSecretArn,
        boolean emfMetrics,
        Optional<URI> ollamaUrl,
        Optional<String> ollamaModel,
        UsageLimitsConfig usageLimits,
        RenderBackendsConfig renderBackends) {

    public static final String DEFAULT_MONGODB_DATABASE = "videoagent";
    public static final Duration DEFAULT_DEPENDENCY_TIMEOUT = Duration.ofMillis(1500);

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    // S3 bucket naming rules (no dots: path-style and TLS both stay simple)
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]");
    private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9_-]{1,63}");
    private static final Set<String> LOG_LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

    public AppConfig {
        awsEndpointUrl = awsEndpointUrl == null ? Optional.empty() : awsEndpointUrl;
        bedrockModelId = bedrockModelId == null ? Optional.empty() : bedrockModelId;
        bedrockEndpointUrl = bedrockEndpointUrl == null ? Optional.empty() : bedrockEndpointUrl;
        stateMachineArn = stateMachineArn == null ? Optional.empty() : stateMachineArn;
        mongoSecretArn = mongoSecretArn == null ? Optional.empty() : mongoSecretArn;
        redisSecretArn = redisSecretArn == null ? Optional.empty() : redisSecretArn;
        ollamaUrl = ollamaUrl == null ? Optional.empty() : ollamaUrl;
        ollamaModel = ollamaModel == null ? Optional.empty() : ollamaModel;
        corsAllowedOrigins = List.copyOf(corsAllowedOrigins);
    }

    public static AppConfig fromEnv(Map<String, String> env) {
        return new AppConfig(
                region(env),
                optionalHttpUri(env, EnvVar.AWS_ENDPOINT_URL),
                bucket(env, EnvVar.VIDEO_BUCKET),
                uri(env, EnvVar.MONGODB_URI, Set.of("mongodb", "mongodb+srv")),
                database(env),
                uri(env, EnvVar.REDIS_URL, Set.of("redis", "rediss")),
                origins(env),
                timeout(env),
                logLevel(env),
                modelId(env),
                optionalHttpUri(env, EnvVar.BEDROCK_ENDPOINT_URL),
                stateMachineArn(env),
                renderTaskTimeout(env),
                secretArn(env, EnvVar.MONGODB_SECRET_ARN),
                secretArn(env, EnvVar.REDIS_SECRET_ARN),
                emfMetrics(env),
                optionalHttpUri(env, EnvVar.OLLAMA_URL),
                ollamaModel(env),
                UsageLimitsConfig.fromEnv(env),
                RenderBackendsConfig.fromEnv(env));
    }

    /** A local LLM for the rewrite: OLLAMA_URL and OLLAMA_MODEL come together. */
    private static Optional<String> ollamaModel(Map<String, String> env) {
        Optional<String> model = optional(env, EnvVar.OLLAMA_MODEL);
        boolean url = optional(env, EnvVar.OLLAMA_URL).isPresent();
        if (model.isPresent() != url) {
            throw new ConfigException(model.isPresent() ? EnvVar.OLLAMA_URL : EnvVar.OLLAMA_MODEL,
                    "required together with " + (model.isPresent() ? EnvVar.OLLAMA_MODEL : EnvVar.OLLAMA_URL));
        }
        if (model.isPresent() && !MODEL_ID.matcher(model.get()).matches()) {
            throw new ConfigException(EnvVar.OLLAMA_MODEL, "not a model name: '" + model.get() + "'");
        }
        return model;
    }

    static String region(Map<String, String> env) {
        String value = required(env, EnvVar.AWS_REGION);
        if (!REGION.matcher(value).matches()) {
            throw new ConfigException(EnvVar.AWS_REGION, "not an AWS region: '" + value + "'");
        }
        return value;
    }

    static String bucket(Map<String, String> env, String name) {
        String value = required(env, name);
        if (!BUCKET.matcher(value).matches() || value.contains("--")) {
            throw new ConfigException(name,
                    "not a valid bucket name (3-63 lowercase letters, digits, hyphens): '" + value + "'");
        }
        return value;
    }

    private static String database(Map<String, String> env) {
        String value = optional(env, EnvVar.MONGODB_DATABASE).orElse(DEFAULT_MONGODB_DATABASE);
        if (!DATABASE.matcher(value).matches()) {
            throw new ConfigException(EnvVar.MONGODB_DATABASE, "not a valid database name: '" + value + "'");
        }
        return value;
    }

    static URI uri(Map<String, String> env, String name, Set<String> schemes) {
        String value = required(env, name);
        URI uri = parse(name, value);
        if (uri.getScheme() == null || !schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
            throw new ConfigException(name, "expected a URI with scheme " + String.join(" or ", schemes.stream()
                    .sorted().map(s -> s + "://").toList()) + ", got '" + redact(value) + "'");
        }
        if (uri.getHost() == null && uri.getAuthority() == null) {
            throw new ConfigException(name, "has no host: '" + redact(value) + "'");
        }
        return uri;
    }

    static Optional<URI> optionalHttpUri(Map<String, String> env, String name) {
        return optional(env, name).map(value -> {
            URI uri = parse(name, value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new ConfigException(name, "expected an http:// or https:// URL, got '" + redact(value) + "'");
            }
            return uri;
        });
    }

    private static List<String> origins(Map<String, String> env) {
        List<String> origins = optional(env, EnvVar.CORS_ALLOWED_ORIGINS)
                .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        for (String origin : origins) {
            if (origin.equals("*")) {
                continue;
            }
            URI uri = parse(EnvVar.CORS_ALLOWED_ORIGINS, origin);
            boolean bare = uri.getScheme() != null && uri.getHost() != null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null && uri.getRawFragment() == null;
            if (!bare) {
                throw new ConfigException(EnvVar.CORS_ALLOWED_ORIGINS,
                        "'" + origin + "' is not an origin (scheme://host[:port], or *)");
            }
        }
        return origins;
    }

    static Duration timeout(Map<String, String> env) {
        Optional<String> value = optional(env, EnvVar.DEPENDENCY_TIMEOUT_MS);
        if (value.isEmpty()) {
            return DEFAULT_DEPENDENCY_TIMEOUT;
        }
        try {
            long millis = Long.parseLong(value.get());
            if (millis < 50 || millis > 60_000) {
                throw new ConfigException(EnvVar.DEPENDENCY_TIMEOUT_MS,
                        "must be between 50 and 60000 milliseconds, got " + millis);
            }
            return Duration.ofMillis(millis);
        } catch (NumberFormatException e) {
            throw new ConfigException(EnvVar.DEPENDENCY_TIMEOUT_MS, "not a whole number of milliseconds: '"
                    + value.get() + "'");
        }
    }

    private static final Pattern MODEL_ID = Pattern.compile("[A-Za-z0-9._:/-]{3,200}");

    /** Optional: with no model id the LLM rewrite is off. */
    private static Optional<String> modelId(Map<String, String> env) {
        Optional<String> value = optional(env, EnvVar.BEDROCK_MODEL_ID);
        if (value.isPresent() && !MODEL_ID.matcher(value.get()).matches()) {
            throw new ConfigException(EnvVar.BEDROCK_MODEL_ID, "not a Bedrock model id or ARN: '" + value.get() + "'");
        }
        return value;
    }

    private static final Pattern STATE_MACHINE_ARN = Pattern.compile("arn:aws[a-z-]*:states:[a-z0-9-]+:\\d{12}:stateMachine:[A-Za-z0-9_-]{1,80}");
    public static final Duration DEFAULT_RENDER_TASK_TIMEOUT = Duration.ofMinutes(10);

    private static Optional<String> stateMachineArn(Map<String, String> env) {
        Optional<String> value = optional(env, EnvVar.STATE_MACHINE_ARN);
        if (value.isPresent() && !STATE_MACHINE_ARN.matcher(value.get()).matches()) {
            throw new ConfigException(EnvVar.STATE_MACHINE_ARN, "not a state machine ARN: '" + value.get() + "'");
        }
        return value;
    }

    private static final Pattern SECRET_ARN = Pattern.compile("arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\\d{12}:secret:[A-Za-z0-9/_+=.@-]+");

    private static Optional<String> secretArn(Map<String, String> env, String name) {
        Optional<String> value = optional(env, name);
        if (value.isPresent() && !SECRET_ARN.matcher(value.get()).matches()) {
            throw new ConfigException(name, "not a Secrets Manager secret ARN: '" + value.get() + "'");
        }
        return value;
    }

    /** {@code emf}: metrics as Embedded Metric Format lines; {@code none} (the default): no metrics. */
    static boolean emfMetrics(Map<String, String> env) {
        String value = optional(env, EnvVar.METRICS).orElse("none");
        if (!value.equals("emf") && !value.equals("none")) {
            throw new ConfigException(EnvVar.METRICS, "expected emf or none, got '" + value + "'");
        }
        return value.equals("emf");
    }

    private static Duration renderTaskTimeout(Map<String, String> env) {
        Optional<String> value = optional(env, EnvVar.RENDER_TASK_TIMEOUT_SECONDS);
        if (value.isEmpty()) {
            return DEFAULT_RENDER_TASK_TIMEOUT;
        }
        try {
            long seconds = Long.parseLong(value.get());
            if (seconds < 1 || seconds > 3600) {
                throw new ConfigException(EnvVar.RENDER_TASK_TIMEOUT_SECONDS, "must be between 1 and 3600 seconds, got "
                        + seconds);
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new ConfigException(EnvVar.RENDER_TASK_TIMEOUT_SECONDS, "not a whole number of seconds: '"
                    + value.get() + "'");
        }
    }

    private static String logLevel(Map<String, String> env) {
        String value = optional(env, EnvVar.LOG_LEVEL).orElse("INFO").toUpperCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(value)) {
            throw new ConfigException(EnvVar.LOG_LEVEL, "expected one of " + LOG_LEVELS.stream().sorted().toList()
                    + ", got '" + value + "'");
        }
        return value;
    }

    static URI parse(String name, String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new ConfigException(name, "not a valid URI: '" + redact(value) + "'");
        }
    }

    static String required(Map<String, String> env, String name) {
        return optional(env, name).orElseThrow(() -> new ConfigException(name, "is required but not set"));
    }

    static Optional<String> optional(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** Connection strings carry passwords: never echo the user-info part. */
    static String redact(String value) {
        return value.replaceAll("(?<=://)[^/@\\s]*@", "***@");
    }

    @Override
    public String toString() {
        return "AppConfig[region=" + region + ", awsEndpointUrl=" + awsEndpointUrl.map(URI::toString).orElse("-")
                + ", videoBucket=" + videoBucket + ", mongoUri=" + redact(mongoUri.toString())
                + ", mongoDatabase=" + mongoDatabase + ", redisUrl=" + redact(redisUrl.toString())
                + ", corsAllowedOrigins=" + corsAllowedOrigins + ", dependencyTimeout=" + dependencyTimeout
                + ", logLevel=" + logLevel + ", bedrockModelId=" + bedrockModelId.orElse("-")
                + ", stateMachineArn=" + stateMachineArn.orElse("-") + ", renderTaskTimeout=" + renderTaskTimeout
                + ", ollamaUrl=" + ollamaUrl.map(u -> redact(u.toString())).orElse("-")
                + ", ollamaModel=" + ollamaModel.orElse("-") + ", usageLimits=" + usageLimits + "]";
    }
}
