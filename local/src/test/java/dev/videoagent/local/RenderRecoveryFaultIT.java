package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.local.embedded.EmbeddedMongoServer;
import dev.videoagent.local.workflow.Execution;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No render is left stuck: the server is killed with SIGKILL while a render task runs; the next start stops the
 * orphaned task and resumes the recorded execution, which runs the task again as its next attempt.
 */
class RenderRecoveryFaultIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private ServedProcess served;

    @AfterEach
    void stop() throws Exception {
        ServedProcess.cleanUp(served, data);
    }

    @Test
    void aJobWhoseServerWasKilledMidRenderFinishesWithAPlayableVideoAfterTheRestart() throws Exception {
        served = ServedProcess.start(data);
        HttpResponse<String> posted = served.http().post("/api/renders", "application/json", JSON.writeValueAsString(
                Map.of("prompt", "a lighthouse on a cliff at dusk, waves crashing", "durationSeconds", 15,
                        "width", 1920, "height", 1080))); // long enough to be still rendering at the restart
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
        String jobId = JSON.readTree(posted.body()).get("jobId").asText();
        // the executor records each run of the task as its log file: wait for the first run, then kill
        Path firstRun = data.resolve("render-logs").resolve(jobId + "-1.pid");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(firstRun) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(firstRun).exists();
        ProcessHandle task = ProcessHandle.of(Long.parseLong(Files.readString(firstRun).trim())).orElseThrow();
        served.kill();
        assertThat(task.isAlive()).as("the task outlives its killed server").isTrue();

        served = ServedProcess.start(data);

        assertThat(task.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS).isAlive())
                .as("the orphaned task is stopped on the next start").isFalse();
        assertThat(served.log()).contains("stopping orphaned render task pid " + task.pid());
        JsonNode last = null;
        deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            last = JSON.readTree(served.http().get("/api/renders/" + jobId).body());
            if (Set.of("SUCCEEDED", "FALLBACK", "FAILED").contains(last.get("status").asText())) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(last.get("status").asText()).as(last.toString()).isEqualTo("SUCCEEDED");
        assertThat(served.log()).contains("1 unfinished execution(s) from before the restart resumed")
                .doesNotContain("render job(s) from before the restart started again");
        HttpResponse<byte[]> video = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + served.port() + last.get("videoUrl").asText())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(video.statusCode()).isEqualTo(200);
        assertThat(video.body()).startsWith(0x1A, 0x45, 0xDF, 0xA3); // an EBML (WebM) header
        assertThat(video.body().length).isGreaterThan(10_000);

        // the history as recorded: the same execution continued, its interrupted run re-run as the next attempt
        // the video is there once the task stored it; the execution records its end a moment later: then kill
        deadline = System.nanoTime() + 30_000_000_000L;
        while (!served.log().contains("workflow: execution " + jobId + " succeeded (recorded)")
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(served.log()).contains("workflow: execution " + jobId + " succeeded (recorded)");
        served.kill(); // the end was synced before it was logged, so a kill loses nothing of it
        try (EmbeddedMongoServer store = EmbeddedMongoServer.start(data.resolve("mongo"), "127.0.0.1");
             RecordedExecutions recorded = new RecordedExecutions(store.connectionString(), "videoagent")) {
            List<Execution.Event> events = recorded.events(jobId);
            List<String> types = events.stream().map(Execution.Event::type).toList();
            assertThat(types).as("%s", events).containsSubsequence("ExecutionQueued", "ExecutionStarted", "TaskScheduled",
                    "ExecutionResumed", "TaskScheduled", "TaskSucceeded", "ExecutionSucceeded")
                    .containsOnlyOnce("ExecutionQueued", "ExecutionStarted", "ExecutionResumed");
            Execution.Event rerun = events.get(types.indexOf("ExecutionResumed") + 1);
            assertThat(rerun.type()).isEqualTo("TaskScheduled");
            assertThat(rerun.state()).isEqualTo("RenderVideo");
            assertThat(rerun.retryCount()).hasValueSatisfying(n -> assertThat(n).isGreaterThanOrEqualTo(1));
            assertThat(types.get(types.size() - 1)).isEqualTo("ExecutionSucceeded");
            assertThat(recorded.execution(jobId).status()).isEqualTo(Execution.Status.SUCCEEDED);
            assertThat(recorded.execution(jobId).output().orElseThrow().get("mode").asText()).isEqualTo("render");
        }
    }
}
