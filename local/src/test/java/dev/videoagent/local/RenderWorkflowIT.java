package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.local.workflow.Execution;
import dev.videoagent.local.workflow.ExecutionRecord;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The render routes through the local gateway with the real stack: the workflow definition on the local
 * executor, the render task as child processes, embedded S3 and Redis. Retry waits run at 1/100 speed.
 */
class RenderWorkflowIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private LocalRuntime runtime;
    private HttpCalls http;

    private void start(int renderFailures, Map<String, String> env) {
        runtime = LocalRuntime.start(TestRuntimes.options(data)
                .withRenderFailures(renderFailures).withWorkflowTimeScale(0.01), env);
        http = new HttpCalls(runtime.port());
    }

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    private JsonNode post(String prompt) throws Exception {
        HttpResponse<String> response = http.post("/api/renders", "application/json", JSON.writeValueAsString(
                Map.of("prompt", prompt, "durationSeconds", 5, "width", 640, "height", 360)));
        assertThat(response.statusCode()).as(response.body()).isIn(200, 202);
        return JSON.readTree(response.body());
    }

    /** Every status a poll saw and the last answer. */
    private record Watched(Set<String> statuses, JsonNode last) {
    }

    /** Polls until the job's answer is {@code done}; returns every status seen and the last answer. */
    private Watched watchUntil(String jobId, java.util.function.Predicate<JsonNode> done, int seconds) throws Exception {
        Set<String> statuses = new LinkedHashSet<>();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode view = JSON.readTree(http.get("/api/renders/" + jobId).body());
            statuses.add(view.get("status").asText());
            if (done.test(view)) {
                return new Watched(statuses, view);
            }
            Thread.sleep(25);
        }
        throw new AssertionError("job " + jobId + " did not finish; saw " + statuses);
    }

    /** Polls until the job has ended (with its video, unless it failed). */
    private Watched watch(String jobId) throws Exception {
        return watchUntil(jobId, view -> Set.of("SUCCEEDED", "FALLBACK", "FAILED").contains(view.get("status").asText())
                && (view.has("videoUrl") || view.get("status").asText().equals("FAILED")), 180);
    }

    /** The execution history the executor recorded for the job, read from its store. */
    private RecordedExecutions recorded() {
        return new RecordedExecutions(runtime.embeddedMongo().orElseThrow().connectionString(),
                runtime.config().mongoDatabase());
    }

    /**
     * The job's execution once it has ended: the API says a video is there as soon as the task stored it, and the
     * execution records the task's end a moment later.
     */
    private Execution.Status endedExecution(String jobId) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        try (RecordedExecutions recorded = recorded()) {
            Execution.Status status = recorded.execution(jobId).status();
            while (status == Execution.Status.RUNNING && System.nanoTime() < deadline) {
                Thread.sleep(50);
                status = recorded.execution(jobId).status();
            }
            return status;
        }
    }

    /** The retry counts of the recorded events of one type in one state, in order. */
    private static List<Integer> retryCounts(RecordedExecutions recorded, String jobId, String type, String state) {
        return recorded.events(jobId, type, state).stream().map(e -> e.retryCount().orElseThrow()).toList();
    }

    private byte[] media(String url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + runtime.port() + url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private int frames(byte[] video) throws Exception {
        Path file = data.resolve("check-" + System.nanoTime() + ".webm");
        Files.write(file, video);
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            int n = 0;
            while (grabber.grabImage() != null) {
                n++;
            }
            assertThat(grabber.getVideoCodecName()).isEqualTo("vp8");
            return n;
        }
    }

    @Test
    void aRenderSucceedsAtTheFirstAttemptAndAnIdenticalRequestGetsItBack() throws Exception {
        start(0, Map.of());
        JsonNode queued = post("fireworks over the harbor at night");
        assertThat(queued.get("status").asText()).isEqualTo("QUEUED");

        Watched watched = watch(queued.get("jobId").asText());

        assertThat(watched.last().get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(watched.last().get("attempt").asInt()).isEqualTo(1);
        assertThat(watched.last().get("progress").asDouble()).isEqualTo(1.0);
        assertThat(frames(media(watched.last().get("videoUrl").asText()))).isEqualTo(120);
        assertThat(media(watched.last().get("posterUrl").asText())).startsWith((byte) 0xff, (byte) 0xd8);

        HttpResponse<String> again = http.post("/api/renders", "application/json", JSON.writeValueAsString(
                Map.of("prompt", "fireworks over the harbor at night", "durationSeconds", 5, "width", 640, "height", 360)));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("jobId").asText()).isEqualTo(queued.get("jobId").asText());
    }

    @Test
    void twoFailedAttemptsShowAsRetryingAndTheThirdSucceeds() throws Exception {
        start(2, Map.of());

        Watched watched = watch(post("a paper boat on a lake").get("jobId").asText());

        assertThat(watched.last().get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(watched.last().get("attempt").asInt()).isEqualTo(3);
        String jobId = watched.last().get("jobId").asText();
        assertThat(endedExecution(jobId)).isEqualTo(Execution.Status.SUCCEEDED);
        try (RecordedExecutions recorded = recorded()) {
            assertThat(retryCounts(recorded, jobId, "TaskScheduled", "RenderVideo")).containsExactly(0, 1, 2);
            assertThat(retryCounts(recorded, jobId, "TaskFailed", "RenderVideo")).containsExactly(0, 1);
            assertThat(retryCounts(recorded, jobId, "TaskRetryScheduled", "RenderVideo")).containsExactly(1, 2);
        }
    }

    @Test
    void fourFailedAttemptsEndInThePlayableFallback() throws Exception {
        start(4, Map.of());

        Watched watched = watch(post("a dragon over snowy mountains").get("jobId").asText());

        assertThat(watched.last().get("status").asText()).isEqualTo("FALLBACK");
        assertThat(frames(media(watched.last().get("videoUrl").asText()))).isEqualTo(120);
    }

    @Test
    void aFailingFallbackEndsFailedWithTheCause() throws Exception {
        start(5, Map.of());

        Watched watched = watch(post("a quiet village").get("jobId").asText());

        assertThat(watched.last().get("status").asText()).isEqualTo("FAILED");
        assertThat(watched.last().get("error").asText()).containsIgnoringCase("injected failure").doesNotContain("java.");
        assertThat(watched.last().has("videoUrl")).isFalse();
    }

    @Test
    void aTaskOverItsTimeoutIsKilledAndRetried() throws Exception {
        start(0, Map.of("RENDER_TASK_TIMEOUT_SECONDS", "2"));
        HttpResponse<String> response = http.post("/api/renders", "application/json", JSON.writeValueAsString(
                Map.of("prompt", "fireworks over a city at night", "durationSeconds", 15, "width", 1920, "height", 1080)));
        String jobId = JSON.readTree(response.body()).get("jobId").asText();

        Watched watched = watch(jobId);

        // no run of a 15 s 1080p video (a fresh JVM) finishes in 2 s: killed, retried, then the fallback, killed too.
        // The runs are read from the execution history the executor recorded, not from what a poll happened to see:
        // a killed run may die before it reports any progress.
        assertThat(watched.last().get("status").asText()).isEqualTo("FAILED");
        assertThat(watched.last().get("error").asText()).contains("ran longer than 2 s");
        try (RecordedExecutions recorded = recorded()) {
            assertThat(retryCounts(recorded, jobId, "TaskScheduled", "RenderVideo")).containsExactly(0, 1, 2, 3);
            assertThat(retryCounts(recorded, jobId, "TaskTimedOut", "RenderVideo")).containsExactly(0, 1, 2, 3);
            assertThat(recorded.events(jobId, "CatchTaken", "RenderVideo")).extracting(Execution.Event::detail)
                    .containsExactly("RenderFallback");
            assertThat(recorded.events(jobId, "TaskTimedOut", "RenderFallback")).hasSize(1);
            List<Execution.Event> events = recorded.events(jobId);
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).type().equals("TaskTimedOut")) { // each run stopped at its limit, not much later
                    Execution.Event scheduled = events.get(i - 1);
                    assertThat(scheduled.type()).isEqualTo("TaskScheduled");
                    assertThat(Duration.between(scheduled.timestamp(), events.get(i).timestamp()))
                            .isBetween(Duration.ofSeconds(2), Duration.ofSeconds(14));
                }
            }
            ExecutionRecord execution = recorded.execution(jobId);
            assertThat(execution.status()).isEqualTo(Execution.Status.FAILED);
            assertThat(execution.error()).contains("RenderFailed");
            assertThat(execution.cause()).hasValueSatisfying(c -> assertThat(c).contains("ran longer than 2 s"));
        }
    }

    @Test
    void aCancelledRenderStopsItsTaskAndEndsCancelledWithoutAVideo() throws Exception {
        start(0, Map.of());
        HttpResponse<String> response = http.post("/api/renders", "application/json", JSON.writeValueAsString(
                Map.of("prompt", "fireworks over a harbour at night", "durationSeconds", 15, "width", 1920,
                        "height", 1080)));
        String jobId = JSON.readTree(response.body()).get("jobId").asText();
        Path firstRun = data.resolve("render-logs").resolve(jobId + "-1.out");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(firstRun) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        HttpResponse<String> cancelled = http.method("DELETE", "/api/renders/" + jobId);

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        Watched watched = watchUntil(jobId, view -> view.get("status").asText().equals("CANCELLED"), 60);
        assertThat(watched.last().has("videoUrl")).isFalse();
        try (RecordedExecutions recorded = recorded()) {
            assertThat(recorded.events(jobId, "TaskScheduled", null)).as("the stopped task is not retried").hasSize(1);
            assertThat(recorded.events(jobId, "TaskRetryScheduled", null)).isEmpty();
            assertThat(recorded.events(jobId)).last().extracting(Execution.Event::type).isEqualTo("ExecutionAborted");
            assertThat(recorded.execution(jobId).status()).isEqualTo(Execution.Status.ABORTED);
        }
        HttpResponse<String> again = http.method("DELETE", "/api/renders/" + jobId);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).get("error").get("code").asText()).isEqualTo("conflict");
    }

    @Test
    void jobsBeyondTheConcurrencyWaitForASlotAndAllFinish() throws Exception {
        int concurrency = 2;
        runtime = LocalRuntime.start(TestRuntimes.options(data).withRenderConcurrency(concurrency), Map.of());
        http = new HttpCalls(runtime.port());
        List<String> jobs = new ArrayList<>();
        for (int i = 0; i < 3 * concurrency; i++) {
            jobs.add(post("lantern number " + i + " floating on a river at night").get("jobId").asText());
        }

        for (String jobId : jobs) {
            assertThat(watch(jobId).last().get("status").asText()).as(jobId).isEqualTo("SUCCEEDED");
        }
        assertThat(new LinkedHashSet<>(jobs)).hasSize(3 * concurrency);
        for (String jobId : jobs) {
            assertThat(endedExecution(jobId)).isEqualTo(Execution.Status.SUCCEEDED);
        }
        try (RecordedExecutions recorded = recorded()) { // never more than the slots at once, and every slot used
            assertThat(recorded.mostRunningAtOnce(jobs)).isEqualTo(concurrency);
        }
    }

    @Test
    void unknownAndMalformedJobIdsAreJsonErrors() throws Exception {
        start(0, Map.of());

        assertThat(http.get("/api/renders/01jzzzzzzzzzzzzzzzzzzzzzz0").statusCode()).isEqualTo(404);
        HttpResponse<String> malformed = http.get("/api/renders/not-an-id");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).get("error").get("code").asText()).isEqualTo("validation_failed");
        assertThat(http.post("/api/renders", "application/json", "{\"prompt\":\"x\",\"width\":100}").statusCode())
                .isEqualTo(400);
        assertThat(http.post("/api/renders", "application/json", "{\"prompt\":\"\"}").statusCode()).isEqualTo(400);
        assertThat(http.get("/media/videos/01jzzzzzzzzzzzzzzzzzzzzzz0.webm").statusCode()).isEqualTo(404);
        assertThat(http.get("/media/../secret").statusCode()).isEqualTo(404);
    }
}
