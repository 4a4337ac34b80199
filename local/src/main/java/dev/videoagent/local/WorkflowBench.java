package dev.videoagent.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.render.PromptVideoRenderer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code video-agent bench workflow}: end-to-end latency of a 10 s 1280x720 render through the local
 * stack (POST /api/renders until GET says SUCCEEDED: the executor, a child JVM running the render task,
 * upload to S3, progress in Redis) against the bare in-process render of the same prompt; the
 * difference is the workflow's overhead.
 */
final class WorkflowBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkflowBench() {
    }

    static Map<String, Object> run(boolean quick) {
        int runs = quick ? 1 : 3;
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "workflow");
        try (TempDirectory scratch = new TempDirectory("video-agent-workflow-bench-");
             LocalRuntime runtime = LocalRuntime.start(new LocalOptions(LocalOptions.LOOPBACK, 0, scratch.path(),
                     scratch.path().resolve("no-web")), BenchCommand.LIMITS_OUT_OF_REACH)) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + runtime.port();
            // one job first: the page cache and the child JVM's files are warm for the timed ones
            endToEnd(http, base, "warm-up: a lighthouse at dusk", 5, 640, 360);
            double[] e2e = new double[runs];
            double[] taskRender = new double[runs];
            for (int i = 0; i < runs; i++) {
                String prompt = RenderBench.PROMPT + ", take " + i + " " + System.nanoTime();
                e2e[i] = endToEnd(http, base, prompt, 10, 1280, 720);
                taskRender[i] = lastTaskRenderSeconds(scratch.path().resolve("render-logs"));
            }
            PromptVideoRenderer renderer = PromptVideoRenderer.createDefault();
            RenderSettings settings = new RenderSettings(10, 1280, 720, 24);
            renderer.render(RenderBench.PROMPT, Optional.empty(), new RenderSettings(5, 640, 360, 24), false,
                    scratch.path().resolve("w.webm"), scratch.path().resolve("w.jpg"), (d, t) -> { });
            double[] bare = new double[runs];
            for (int i = 0; i < runs; i++) {
                bare[i] = renderer.render(RenderBench.PROMPT, Optional.empty(), settings, false,
                        scratch.path().resolve("b.webm"), scratch.path().resolve("b.jpg"), (d, t) -> { }).renderSeconds();
            }
            report.put("video", "10 s, 1280x720, 24 fps");
            report.put("endToEndSeconds", BenchMath.round(e2e));
            report.put("renderInsideTheTaskSeconds", BenchMath.round(taskRender));
            report.put("bareRenderInProcessSeconds", BenchMath.round(bare));
            double overhead = BenchMath.median(e2e) - BenchMath.median(bare);
            report.put("medianEndToEndSeconds", BenchMath.round(BenchMath.median(e2e)));
            report.put("medianBareRenderSeconds", BenchMath.round(BenchMath.median(bare)));
            report.put("workflowOverheadSeconds", BenchMath.round(overhead));
            report.put("pass", true);
        } catch (IOException | InterruptedException | RuntimeException e) {
            report.put("error", e.toString());
            report.put("pass", false);
        }
        return report;
    }

    private static double endToEnd(HttpClient http, String base, String prompt, int seconds, int width, int height)
            throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("prompt", prompt, "durationSeconds", seconds, "width", width,
                "height", height));
        long start = System.nanoTime();
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/renders"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String jobId = JSON.readTree(posted.body()).get("jobId").asText();
        while (true) {
            JsonNode view = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/renders/" + jobId))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            String status = view.get("status").asText();
            if (status.equals("SUCCEEDED")) {
                return (System.nanoTime() - start) / 1e9;
            }
            if (status.equals("FAILED") || status.equals("FALLBACK")) {
                throw new IllegalStateException("render " + jobId + " ended " + status + ": " + view);
            }
            Thread.sleep(20);
        }
    }

    /** The task prints its own render time in its JSON summary (the newest .out file). */
    private static double lastTaskRenderSeconds(Path logs) throws IOException {
        List<Path> outs = new ArrayList<>();
        try (var files = Files.list(logs)) {
            files.filter(f -> f.toString().endsWith(".out")).forEach(outs::add);
        }
        outs.sort((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()));
        JsonNode summary = JSON.readTree(Files.readString(outs.get(outs.size() - 1)).trim());
        return summary.get("renderSeconds").asDouble();
    }



}
