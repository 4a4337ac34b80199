package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.render.ComfyUiStub;
import dev.videoagent.render.TestClips;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comfyui backend through the whole local stack ({@code RENDER_BACKEND=comfyui RENDER_BACKENDS=comfyui,procedural
 * COMFYUI_URL=... serve}): the API starts the workflow, the render task asks a stub of ComfyUI's API; its clip becomes
 * the job's video, and a model that fails makes the workflow retry and then deliver the procedural fallback, without
 * asking the model again for it. A job may ask for the procedural renderer instead, never for a backend the runtime
 * lacks, and the model is told the job's negative prompt.
 */
class ComfyUiBackendIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    private static ComfyUiStub comfy;
    private static LocalRuntime runtime;
    private static HttpCalls http;

    @BeforeAll
    static void start() throws Exception {
        comfy = new ComfyUiStub(TestClips.vp8(data.resolve("clip.webm"), 2), ComfyUiStub.Outcome.SUCCEED);
        runtime = LocalRuntime.start(TestRuntimes.options(data).withWorkflowTimeScale(0.02),
                Map.of("RENDER_BACKEND", "comfyui", "RENDER_BACKENDS", "comfyui,procedural",
                        "COMFYUI_URL", comfy.url().toString()));
        http = new HttpCalls(runtime.port());
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            runtime.close();
        }
        if (comfy != null) {
            comfy.close();
        }
    }

    private static JsonNode renderToTheEnd(String prompt) throws Exception {
        return renderToTheEnd(Map.of("prompt", prompt));
    }

    private static JsonNode renderToTheEnd(Map<String, Object> fields) throws Exception {
        Map<String, Object> request = new java.util.HashMap<>(Map.of("durationSeconds", 5, "width", 640, "height", 360));
        request.putAll(fields);
        String body = JSON.writeValueAsString(request);
        JsonNode job = JSON.readTree(http.post("/api/renders", "application/json", body).body());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            JsonNode now = JSON.readTree(http.get("/api/renders/" + job.get("jobId").asText()).body());
            String status = now.get("status").asText();
            if (status.equals("FAILED") || status.equals("CANCELLED") || now.hasNonNull("videoUrl")) {
                return now;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the render did not end in 120 s");
    }

    @Test
    void theModelsClipBecomesTheJobsVideo() throws Exception {
        comfy.outcome(ComfyUiStub.Outcome.SUCCEED);
        int before = comfy.queued.size();

        JsonNode job = renderToTheEnd("a red fox running through deep snow at dawn");

        assertThat(job.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(job.get("backend").asText()).isEqualTo("comfyui");
        assertThat(comfy.queued).hasSize(before + 1);
        assertThat(comfy.queued.get(before).toString()).contains("a red fox running through deep snow at dawn");
        Path video = data.resolve("fox.webm");
        Files.write(video, http.getBytes(job.get("videoUrl").asText()));
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            assertThat(grabber.getVideoCodecName()).isEqualTo("vp8");
            assertThat(grabber.getImageWidth()).isEqualTo(640);
            assertThat(grabber.getLengthInTime() / 1e6).isBetween(4.8, 5.2);
        }
    }

    @Test
    void aFailingModelIsRetriedThenTheProceduralFallbackIsDelivered() throws Exception {
        comfy.outcome(ComfyUiStub.Outcome.FAIL);
        int before = comfy.queued.size();

        JsonNode job = renderToTheEnd("a lighthouse in a storm at night");

        assertThat(job.get("status").asText()).isEqualTo("FALLBACK");
        assertThat(job.get("videoUrl").asText()).isNotBlank();
        assertThat(comfy.queued.size() - before).as("the first try and 3 retries ask the model; the fallback does not")
                .isEqualTo(4);
    }

    @Test
    void aJobMayAskForTheProceduralRendererButNotForABackendThisRuntimeLacks() throws Exception {
        comfy.outcome(ComfyUiStub.Outcome.SUCCEED);
        int before = comfy.queued.size();

        JsonNode procedural = renderToTheEnd(Map.of("prompt", "a paper boat on a rainy street", "backend", "procedural"));

        assertThat(procedural.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(procedural.get("backend").asText()).isEqualTo("procedural");
        assertThat(comfy.queued).as("the model is not asked").hasSize(before);
        var refused = http.post("/api/renders", "application/json", JSON.writeValueAsString(Map.of(
                "prompt", "a paper boat on a rainy street", "backend", "bedrock-luma")));
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(refused.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("backend_not_available");
        assertThat(error.get("available")).extracting(JsonNode::asText).containsExactly("comfyui", "procedural");
        var unknown = http.post("/api/renders", "application/json", JSON.writeValueAsString(Map.of(
                "prompt", "a paper boat on a rainy street", "backend", "sora")));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("validation_failed").contains("backend");
    }

    @Test
    void theModelIsToldTheJobsNegativePromptAskedOrGenerated() throws Exception {
        comfy.outcome(ComfyUiStub.Outcome.SUCCEED);
        int before = comfy.queued.size();

        renderToTheEnd(Map.of("prompt", "a hot air balloon over a valley", "negativePrompt", "extra limbs, watermark"));
        assertThat(comfy.queued.get(before).toString()).contains("extra limbs, watermark");

        JsonNode generated = JSON.readTree(http.post("/api/prompts", "application/json",
                JSON.writeValueAsString(Map.of("concept", "a kite over a windy beach"))).body());
        String negative = generated.get("negativePrompt").asText();
        assertThat(negative).isNotBlank();
        renderToTheEnd(Map.of("prompt", generated.get("prompt").asText(), "promptId", generated.get("id").asText()));
        assertThat(comfy.queued.get(before + 1).toString()).contains(JSON.writeValueAsString(negative));
    }
}
