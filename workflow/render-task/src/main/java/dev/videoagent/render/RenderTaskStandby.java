package dev.videoagent.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.adapters.s3.S3Clients;
import dev.videoagent.core.config.EnvVar;
import dev.videoagent.core.model.RenderSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import org.slf4j.LoggerFactory;

/**
 * {@code RenderTaskMain --standby}: a render task started before its job, so the job does not wait for the JVM,
 * the lexicon, FFmpeg or the JIT. It loads and warms all of them with a short render of its own (kept nowhere),
 * then reads its job from stdin: one line, a JSON object of the variables ECS would have set for it. It runs that
 * one job exactly as a task started with them would, and exits. Stdin closed without a job: it exits quietly
 * (its runtime stopped, or a crash took the runtime: the task never outlives the pipe by more than its warm-up).
 */
final class RenderTaskStandby {

    static final String ARGUMENT = "--standby";

    private static final Logger LOG = LoggerFactory.getLogger(RenderTaskStandby.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A job is a few variables; anything larger is not one. */
    private static final int MAX_JOB_CHARS = 64 * 1024;

    private RenderTaskStandby() {
    }

    static int await(Map<String, String> env, InputStream jobs, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        PromptVideoRenderer renderer = PromptVideoRenderer.createDefault();
        warmUp(renderer, env);
        LOG.info("standby: warm in {} ms, waiting for a job", (System.nanoTime() - started) / 1_000_000);
        Optional<Map<String, String>> job;
        try {
            job = readJob(jobs);
        } catch (IOException | IllegalArgumentException e) {
            err.println("render-task: the job on stdin is not a JSON object of strings: " + e.getMessage());
            return 2;
        }
        if (job.isEmpty()) {
            return 0;
        }
        Map<String, String> merged = new HashMap<>(env);
        merged.putAll(job.get());
        return RenderTaskMain.run(merged, () -> renderer, out, err);
    }

    /**
     * Every code path of a render once: classes, FFmpeg's libraries and the JIT are warm for the job's. The S3
     * client is built and dropped for its classes (the job's own is made with the job's settings).
     */
    private static void warmUp(PromptVideoRenderer renderer, Map<String, String> env) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("render-standby-");
            renderer.render("warm-up: a lighthouse on a cliff at dusk, waves, snow falling, a dog running",
                    Optional.of("warm-up"), new RenderSettings(RenderSettings.MIN_SECONDS, RenderSettings.MIN_WIDTH,
                            RenderSettings.MIN_HEIGHT, RenderSettings.MIN_FPS), false,
                    dir.resolve("warm-up.webm"), dir.resolve("warm-up.jpg"), (done, total) -> { });
            warmUpS3(env);
        } catch (IOException | RuntimeException e) {
            // a cold job is slower, not wrong: the job itself reports what really fails
            LOG.warn("standby: warm-up failed ({}); the job runs cold", e.toString());
        } finally {
            if (dir != null) {
                RenderTaskMain.delete(dir);
            }
        }
    }

    /**
     * One request through an S3 client like the job's: signing, the HTTP client and the response path are then
     * loaded and compiled (a first upload took 0.6 s more than a later one). Which answer comes does not matter.
     */
    private static void warmUpS3(Map<String, String> env) {
        String region = Optional.ofNullable(env.get(EnvVar.AWS_REGION)).filter(r -> !r.isBlank()).orElse("us-east-1");
        Optional<URI> endpoint = Optional.ofNullable(env.get(EnvVar.AWS_ENDPOINT_URL)).filter(e -> !e.isBlank())
                .map(URI::create);
        try (S3Client s3 = S3Clients.create(region, endpoint, Duration.ofSeconds(5))) {
            s3.headBucket(b -> b.bucket("render-task-warm-up"));
        } catch (SdkException answered) {
            // no such bucket, or no S3 at all: the code paths ran either way
        }
    }

    /** The job's variables, or empty at end of input. */
    static Optional<Map<String, String>> readJob(InputStream jobs) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(jobs, StandardCharsets.UTF_8));
        String line = reader.readLine();
        if (line == null || line.isBlank()) {
            return Optional.empty();
        }
        if (line.length() > MAX_JOB_CHARS) {
            throw new IllegalArgumentException("it has " + line.length() + " characters");
        }
        try {
            return Optional.of(JSON.readValue(line, new TypeReference<Map<String, String>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }
}
