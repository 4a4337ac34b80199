package dev.videoagent.core.config;

import dev.videoagent.core.model.RenderJob;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.model.VideoBackend;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The render task's configuration, read once from its environment: the job, the AWS region and
 * endpoint for the upload, and Redis for progress (optional: without it the video is still made).
 * A missing or bad value fails at start, naming the variable.
 */
public record RenderTaskConfig(RenderJob job, String region, Optional<URI> awsEndpointUrl, Optional<URI> redisUrl,
                               Optional<String> redisPassword, Duration dependencyTimeout, boolean emfMetrics,
                               Optional<String> injectedFailure, Backend backend) {

    /**
     * The variables that configure the backends, the same for every job: the local runtime hands them to its render
     * tasks. Which backend a job uses, and its negative prompt, come with the job.
     */
    public static final java.util.List<String> BACKEND_VARIABLES = java.util.List.of(EnvVar.COMFYUI_URL,
            EnvVar.COMFYUI_WORKFLOW, EnvVar.BEDROCK_VIDEO_MODEL_ID);
    /** Luma Ray2 on Amazon Bedrock. */
    public static final String DEFAULT_BEDROCK_VIDEO_MODEL = "luma.ray-v2:0";

    /** The ComfyUI workflow templates bundled with the task. */
    public static final java.util.List<String> COMFYUI_WORKFLOWS = java.util.List.of("ltx-video", "wan-2.1");

    /** What makes the video, and what that backend needs: its server and workflow, the negative prompt. */
    public record Backend(VideoBackend kind, Optional<URI> comfyUiUrl, String comfyUiWorkflow,
                          Optional<String> negativePrompt, String bedrockModelId) {
    }

    /** The AUTH token never shows up in a log line. */
    @Override
    public String toString() {
        return "RenderTaskConfig[job=" + job.jobId() + ", region=" + region + ", redis=" + redisUrl.isPresent()
                + ", redisPassword=" + (redisPassword.isPresent() ? "***" : "-") + "]";
    }

    private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,79}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9!_.*'()/-]{1,900}\\.webm");
    static final int MAX_PROMPT_CHARS = 20_000;

    public static RenderTaskConfig fromEnv(Map<String, String> env) {
        String jobId = AppConfig.required(env, EnvVar.JOB_ID);
        if (!JOB_ID.matcher(jobId).matches()) {
            throw new ConfigException(EnvVar.JOB_ID, "expected 1-80 letters, digits, '-' or '_', got '" + jobId + "'");
        }
        // the prompt is taken as it is (not trimmed: it is what the person asked for)
        String prompt = env.get(EnvVar.PROMPT);
        if (prompt == null || prompt.isBlank()) {
            throw new ConfigException(EnvVar.PROMPT, "is required but not set");
        }
        if (prompt.length() > MAX_PROMPT_CHARS) {
            throw new ConfigException(EnvVar.PROMPT, "has " + prompt.length() + " characters; the limit is "
                    + MAX_PROMPT_CHARS);
        }
        RenderSettings d = RenderSettings.DEFAULT;
        RenderSettings settings = new RenderSettings(
                integer(env, EnvVar.DURATION_SECONDS, d.durationSeconds(), RenderSettings.MIN_SECONDS, RenderSettings.MAX_SECONDS),
                even(env, EnvVar.WIDTH, d.width(), RenderSettings.MIN_WIDTH, RenderSettings.MAX_WIDTH),
                even(env, EnvVar.HEIGHT, d.height(), RenderSettings.MIN_HEIGHT, RenderSettings.MAX_HEIGHT),
                integer(env, EnvVar.FPS, d.fps(), RenderSettings.MIN_FPS, RenderSettings.MAX_FPS));
        String bucket = AppConfig.bucket(env, EnvVar.OUTPUT_BUCKET);
        String key = AppConfig.required(env, EnvVar.OUTPUT_KEY);
        if (!KEY.matcher(key).matches() || key.startsWith("/") || key.contains("..")) {
            throw new ConfigException(EnvVar.OUTPUT_KEY, "expected an S3 key ending in .webm, got '" + key + "'");
        }
        int attempt = integer(env, EnvVar.ATTEMPT, 1, 1, 100);
        String mode = AppConfig.optional(env, EnvVar.MODE).orElse("render").toLowerCase(Locale.ROOT);
        if (!Set.of("render", "fallback").contains(mode)) {
            throw new ConfigException(EnvVar.MODE, "expected render or fallback, got '" + mode + "'");
        }
        Optional<String> title = Optional.ofNullable(env.get(EnvVar.CONCEPT)).filter(t -> !t.isBlank())
                .map(t -> t.length() > 500 ? t.substring(0, 500) : t);
        RenderJob job = new RenderJob(jobId, prompt, title, settings, bucket, key, attempt,
                mode.equals("render") ? RenderJob.Mode.RENDER : RenderJob.Mode.FALLBACK);
        Connections connections = Connections.fromEnv(env);
        return new RenderTaskConfig(job, connections.region(), connections.awsEndpointUrl(), connections.redisUrl(),
                connections.redisPassword(), connections.dependencyTimeout(), AppConfig.emfMetrics(env),
                AppConfig.optional(env, EnvVar.INJECTED_FAILURE), backend(env));
    }

    /** The connections this job's task makes: S3 for the upload, Redis for progress. */
    public Connections connections() {
        return new Connections(region, awsEndpointUrl, redisUrl, redisPassword, dependencyTimeout);
    }

    /**
     * What a render task connects to, the same for every job of a deployment: a task started ahead of its job
     * makes its clients from these before the job comes, and uses them if the job's are the same.
     */
    public record Connections(String region, Optional<URI> awsEndpointUrl, Optional<URI> redisUrl,
                              Optional<String> redisPassword, Duration dependencyTimeout) {

        /** The connections the variables describe; a bad value fails naming the variable. */
        public static Connections fromEnv(Map<String, String> env) {
            Optional<URI> redis = AppConfig.optional(env, EnvVar.REDIS_URL)
                    .map(v -> AppConfig.uri(env, EnvVar.REDIS_URL, Set.of("redis", "rediss")));
            return new Connections(AppConfig.region(env), AppConfig.optionalHttpUri(env, EnvVar.AWS_ENDPOINT_URL),
                    redis, RenderTaskConfig.redisPassword(env), AppConfig.timeout(env));
        }

        @Override
        public String toString() {
            return "Connections[region=" + region + ", endpoint=" + awsEndpointUrl.isPresent() + ", redis="
                    + redisUrl.isPresent() + ", redisPassword=" + (redisPassword.isPresent() ? "***" : "-") + "]";
        }
    }

    /** The backend the variables choose; a bad or missing value fails naming the variable. */
    public static Backend backend(Map<String, String> env) {
        VideoBackend kind = AppConfig.optional(env, EnvVar.RENDER_BACKEND).map(v -> VideoBackend.fromKey(v)
                .orElseThrow(() -> new ConfigException(EnvVar.RENDER_BACKEND,
                        "expected procedural, comfyui or bedrock-luma, got '" + v + "'"))).orElse(VideoBackend.PROCEDURAL);
        Optional<URI> comfyUi = AppConfig.optionalHttpUri(env, EnvVar.COMFYUI_URL);
        if (kind == VideoBackend.COMFYUI && comfyUi.isEmpty()) {
            throw new ConfigException(EnvVar.COMFYUI_URL, "is required with " + EnvVar.RENDER_BACKEND + "=comfyui");
        }
        String workflow = AppConfig.optional(env, EnvVar.COMFYUI_WORKFLOW).orElse(COMFYUI_WORKFLOWS.get(0));
        if (!COMFYUI_WORKFLOWS.contains(workflow)) {
            throw new ConfigException(EnvVar.COMFYUI_WORKFLOW, "expected one of " + String.join(", ", COMFYUI_WORKFLOWS)
                    + ", got '" + workflow + "'");
        }
        Optional<String> negative = AppConfig.optional(env, EnvVar.NEGATIVE_PROMPT)
                .map(n -> n.length() > 2000 ? n.substring(0, 2000) : n);
        String model = AppConfig.optional(env, EnvVar.BEDROCK_VIDEO_MODEL_ID).orElse(DEFAULT_BEDROCK_VIDEO_MODEL);
        if (!model.matches("[a-z0-9.:-]{1,100}")) {
            throw new ConfigException(EnvVar.BEDROCK_VIDEO_MODEL_ID, "is not a Bedrock model id: '" + model + "'");
        }
        return new Backend(kind, comfyUi, workflow, negative, model);
    }

    /**
     * REDIS_PASSWORD in ECS (which injects the secret from Secrets Manager), REDIS_PASSWORD_FILE locally (the
     * runtime's owner-only file); both at once is ambiguous, so it fails rather than picking one.
     */
    private static Optional<String> redisPassword(Map<String, String> env) {
        Optional<String> direct = AppConfig.optional(env, EnvVar.REDIS_PASSWORD);
        Optional<String> file = AppConfig.optional(env, EnvVar.REDIS_PASSWORD_FILE);
        if (file.isEmpty()) {
            return direct;
        }
        if (direct.isPresent()) {
            throw new ConfigException(EnvVar.REDIS_PASSWORD_FILE, "is set together with " + EnvVar.REDIS_PASSWORD
                    + "; set only one");
        }
        String password;
        try {
            password = Files.readString(Path.of(file.get()), StandardCharsets.UTF_8);
        } catch (IOException | InvalidPathException e) {
            throw new ConfigException(EnvVar.REDIS_PASSWORD_FILE, "cannot read '" + file.get() + "': "
                    + e.getClass().getSimpleName());
        }
        // an editor's final newline is not part of the password
        password = password.replaceAll("[\\r\\n]+$", "");
        if (password.isEmpty()) {
            throw new ConfigException(EnvVar.REDIS_PASSWORD_FILE, "'" + file.get() + "' is empty");
        }
        return Optional.of(password);
    }

    private static int integer(Map<String, String> env, String name, int fallback, int min, int max) {
        Optional<String> value = AppConfig.optional(env, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.get());
            if (n < min || n > max) {
                throw new ConfigException(name, "must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(name, "not a whole number: '" + value.get() + "'");
        }
    }

    private static int even(Map<String, String> env, String name, int fallback, int min, int max) {
        int n = integer(env, name, fallback, min, max);
        if (n % 2 != 0) {
            throw new ConfigException(name, "must be even (yuv420p), got " + n);
        }
        return n;
    }
}
