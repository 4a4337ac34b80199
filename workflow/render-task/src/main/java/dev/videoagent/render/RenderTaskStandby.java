package dev.videoagent.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.adapters.s3.S3Clients;
import dev.videoagent.core.config.ConfigException;
import dev.videoagent.core.config.RenderTaskConfig;
import dev.videoagent.core.error.BestEffort;
import dev.videoagent.core.model.RenderSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import software.amazon.awssdk.core.exception.SdkException;
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
        CompletableFuture<Optional<Map<String, String>>> job = readJobAsync(jobs);
        PromptVideoRenderer renderer = PromptVideoRenderer.createDefault();
        Optional<RenderTaskClients> clients = connect(env);
        int frames = warmUp(renderer, clients, job::isDone);
        LOG.info("standby: warm in {} ms ({} of {} scene frames), waiting for a job",
                (System.nanoTime() - started) / 1_000_000, frames, SceneWarmUp.frames());
        Optional<Map<String, String>> variables;
        try {
            variables = job.join();
        } catch (CompletionException e) {
            err.println("render-task: the job on stdin is not a JSON object of strings: " + e.getCause().getMessage());
            return 2;
        }
        if (variables.isEmpty()) {
            clients.ifPresent(RenderTaskClients::close);
            return 0;
        }
        Map<String, String> merged = new HashMap<>(env);
        merged.putAll(variables.get());
        return RenderTaskMain.run(merged, () -> renderer, config -> clients.map(c -> c.forJob(config))
                .orElseGet(() -> RenderTaskClients.of(config)), out, err);
    }

    /** The clients the job will use, made now; none if the variables are bad (the job then says what is wrong). */
    private static Optional<RenderTaskClients> connect(Map<String, String> env) {
        try {
            return Optional.of(RenderTaskClients.create(RenderTaskConfig.Connections.fromEnv(env)));
        } catch (ConfigException | SdkException e) {
            LOG.warn("standby: no clients made ahead of the job ({})", e.getMessage());
            return Optional.empty();
        }
    }

    /** The job, read beside the warm-up: a job that comes early cuts the warm-up short instead of waiting for it. */
    private static CompletableFuture<Optional<Map<String, String>>> readJobAsync(InputStream jobs) {
        CompletableFuture<Optional<Map<String, String>>> job = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                job.complete(readJob(jobs));
            } catch (IOException | RuntimeException e) {
                job.completeExceptionally(e);
            }
        }, "standby-job");
        reader.setDaemon(true);
        reader.start();
        return job;
    }

    /** Thrown from the warm-up render's progress to stop it: its job has come. */
    private static final class JobCameException extends RuntimeException {
        JobCameException() {
            super("the job came", null, false, false);
        }
    }

    /**
     * Every code path of a job once, so classes, FFmpeg's libraries and the JIT are warm for it: a short render
     * (kept nowhere); the clients' first requests and uploads to a stand-in for S3; then frames of every scene the
     * grammar has, at the usual size. Each step stops when the job comes: it is rendered at once, a little colder.
     */
    private static int warmUp(PromptVideoRenderer renderer, Optional<RenderTaskClients> clients,
                              BooleanSupplier jobCame) {
        Path dir = null;
        int frames = 0;
        try {
            dir = Files.createTempDirectory("render-standby-");
            if (!jobCame.getAsBoolean()) {
                renderer.render("warm-up: a lighthouse on a cliff at dusk, waves, snow falling, a dog running",
                        Optional.of("warm-up"), new RenderSettings(RenderSettings.MIN_SECONDS, RenderSettings.MIN_WIDTH,
                                RenderSettings.MIN_HEIGHT, RenderSettings.MIN_FPS), false,
                        dir.resolve("warm-up.webm"), dir.resolve("warm-up.jpg"), (done, total) -> {
                            if (jobCame.getAsBoolean()) {
                                throw new JobCameException();
                            }
                        });
            }
            if (clients.isPresent() && !jobCame.getAsBoolean()) {
                warmUpClients(clients.get(), dir, jobCame);
            }
            frames = SceneWarmUp.draw(RenderSettings.DEFAULT, jobCame);
        } catch (IOException | RuntimeException | LinkageError e) {
            if (jobCame.getAsBoolean()) {
                LOG.debug("standby: warm-up cut short by the job ({})", e.toString());
            } else {
                // a cold job is slower, not wrong: the job itself reports what really fails
                LOG.warn("standby: warm-up failed ({}); the job runs cold", e.toString());
            }
        } finally {
            if (dir != null) {
                RenderTaskMain.delete(dir);
            }
        }
        return frames;
    }

    /**
     * One request to S3 and to Redis through the job's own clients (which answer does not matter), then uploads of
     * a video's size to a stand-in: the job's first progress report and its upload do not pay for loading and
     * compiling the code they run.
     */
    private static void warmUpClients(RenderTaskClients clients, Path dir, BooleanSupplier jobCame) throws IOException {
        try {
            clients.s3().headBucket(b -> b.bucket("render-task-warm-up"));
        } catch (SdkException answered) {
            // no such bucket, or no S3 at all: the code paths ran either way
        }
        clients.redis().ifPresent(redis -> BestEffort.run("standby redis", () -> redis.ping()));
        RenderTaskConfig.Connections c = clients.connections();
        int uploads = UploadWarmUp.run(standIn -> S3Clients.create(c.region(), Optional.of(standIn),
                c.dependencyTimeout()), dir, 3 << 20, 3, jobCame);
        LOG.debug("standby: {} warm-up uploads", uploads);
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
