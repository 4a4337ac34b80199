package dev.videoagent.core.config;

/**
 * Environment variable names. Local runtime, Lambda handlers, the render task and the CDK app all
 * read these constants, so a name can never drift between them.
 */
public final class EnvVar {

    public static final String AWS_REGION = "AWS_REGION";
    public static final String AWS_ENDPOINT_URL = "AWS_ENDPOINT_URL";
    public static final String VIDEO_BUCKET = "VIDEO_BUCKET";
    public static final String MONGODB_URI = "MONGODB_URI";
    public static final String MONGODB_DATABASE = "MONGODB_DATABASE";
    public static final String REDIS_URL = "REDIS_URL";
    public static final String CORS_ALLOWED_ORIGINS = "CORS_ALLOWED_ORIGINS";
    public static final String DEPENDENCY_TIMEOUT_MS = "DEPENDENCY_TIMEOUT_MS";
    public static final String LOG_LEVEL = "LOG_LEVEL";
    public static final String BEDROCK_MODEL_ID = "BEDROCK_MODEL_ID";
    public static final String BEDROCK_ENDPOINT_URL = "BEDROCK_ENDPOINT_URL";
    /** A local LLM (Ollama) for the optional rewrite, when no Bedrock model is configured. */
    public static final String OLLAMA_URL = "OLLAMA_URL";
    public static final String OLLAMA_MODEL = "OLLAMA_MODEL";
    /** AWS: the DocumentDB credentials (JSON with username and password) in Secrets Manager. */
    public static final String MONGODB_SECRET_ARN = "MONGODB_SECRET_ARN";
    /** AWS: the ElastiCache AUTH token in Secrets Manager. */
    public static final String REDIS_SECRET_ARN = "REDIS_SECRET_ARN";
    /** The render task: the ElastiCache AUTH token, injected by ECS from Secrets Manager. */
    public static final String REDIS_PASSWORD = "REDIS_PASSWORD";
    /**
     * The render task run locally: a file holding the embedded redis-server's password. A path, not the
     * secret, because a process's environment is readable by other processes of the same user.
     */
    public static final String REDIS_PASSWORD_FILE = "REDIS_PASSWORD_FILE";
    /** {@code emf} in AWS: metrics as Embedded Metric Format lines on stdout; unset or {@code none} locally. */
    public static final String METRICS = "VIDEO_AGENT_METRICS";
    /** The render workflow (AWS only; the local runtime runs its own executor). */
    public static final String STATE_MACHINE_ARN = "STATE_MACHINE_ARN";
    /** How long one run of the render task may take before the workflow stops and retries it. */
    public static final String RENDER_TASK_TIMEOUT_SECONDS = "RENDER_TASK_TIMEOUT_SECONDS";
    /** Per person: prompt generations and saved edits a minute (a token bucket in Redis). */
    public static final String LIMIT_WRITES_PER_MINUTE = "LIMIT_WRITES_PER_MINUTE";
    /** Per person: renders started an hour (a token bucket in Redis). */
    public static final String LIMIT_RENDERS_PER_HOUR = "LIMIT_RENDERS_PER_HOUR";
    /** Per person: seconds of video rendered a day (UTC), the GPU's time. */
    public static final String LIMIT_RENDER_SECONDS_PER_DAY = "LIMIT_RENDER_SECONDS_PER_DAY";
    /** How many different people must agree on a term before it is applied to someone else's prompt. */
    public static final String LEARNING_MIN_USERS = "LEARNING_MIN_USERS";
    /** AWS: which route kind a function serves (every function runs the same entry point, {@code ApiFunction}). */
    public static final String ROUTE_KIND = "ROUTE_KIND";

    // the render task's job (container overrides in AWS, the child's environment locally)
    public static final String JOB_ID = "JOB_ID";
    public static final String PROMPT = "PROMPT";
    /** Optional: the person's own idea, shown as the video's title line. */
    public static final String CONCEPT = "CONCEPT";
    public static final String DURATION_SECONDS = "DURATION_SECONDS";
    public static final String WIDTH = "WIDTH";
    public static final String HEIGHT = "HEIGHT";
    public static final String FPS = "FPS";
    public static final String OUTPUT_BUCKET = "OUTPUT_BUCKET";
    public static final String OUTPUT_KEY = "OUTPUT_KEY";
    public static final String ATTEMPT = "ATTEMPT";
    public static final String MODE = "MODE";
    /**
     * Which engine makes a render's video: procedural (default), comfyui or bedrock-luma ({@code VideoBackend}). For
     * the API the deployment's default; for the render task its job's (the workflow sets it per job).
     */
    public static final String RENDER_BACKEND = "RENDER_BACKEND";
    /** API: the backends a job may ask for in {@code POST /api/renders} (comma-separated; default: RENDER_BACKEND). */
    public static final String RENDER_BACKENDS = "RENDER_BACKENDS";
    /** The ComfyUI server the comfyui backend drives (http or https). */
    public static final String COMFYUI_URL = "COMFYUI_URL";
    /** The bundled API-format workflow template the comfyui backend queues: ltx-video (default) or wan-2.1. */
    public static final String COMFYUI_WORKFLOW = "COMFYUI_WORKFLOW";
    /** The bedrock-luma backend's model (default Luma Ray2), invoked in the task's AWS_REGION. */
    public static final String BEDROCK_VIDEO_MODEL_ID = "BEDROCK_VIDEO_MODEL_ID";
    /** The render task: what a model backend is asked to avoid (the job's negative prompt, set per job). */
    public static final String NEGATIVE_PROMPT = "NEGATIVE_PROMPT";
    /** Local fault injection only (serve --render-failures): the task fails on purpose, saying why. */
    public static final String INJECTED_FAILURE = "VIDEO_AGENT_INJECTED_FAILURE";
    /** Local runtime: host names besides localhost the gateway answers to (comma-separated). */
    public static final String LOCAL_ALLOWED_HOSTS = "LOCAL_ALLOWED_HOSTS";

    private EnvVar() {
    }
}
