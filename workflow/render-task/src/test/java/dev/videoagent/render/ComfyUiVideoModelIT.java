package dev.videoagent.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.videoagent.core.model.RenderJob;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.port.VideoModel;
import dev.videoagent.core.port.VideoRendering;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comfyui backend against a local stub of ComfyUI's HTTP API serving a real 2-second clip made here: the
 * workflow goes out with our prompt and a size and length the model can make, the clip comes back as our VP8
 * WebM of the asked size and length with overlays and a poster; a failed model job is a render failure with
 * its cause; a stopped render interrupts the model's job.
 */
class ComfyUiVideoModelIT {

    @TempDir
    static Path shared;

    private static Path clip;

    @TempDir
    Path work;

    @BeforeAll
    static void makeClip() throws Exception {
        clip = TestClips.vp8(shared.resolve("model-clip.webm"), 2);
    }

    private static RenderJob job(RenderJob.Mode mode) {
        return new RenderJob("job-comfy-1", "a red fox running through snow", Optional.of("여우"),
                new RenderSettings(5, 640, 360, 24), "videos", "videos/job-comfy-1.webm", 1, mode);
    }

    private static ComfyUiVideoModel model(ComfyUiStub stub, Duration timeout) {
        return new ComfyUiVideoModel(stub.url(), "ltx-video", Duration.ofSeconds(2), timeout);
    }

    @Test
    void theModelsClipBecomesOurWebmOfTheAskedSizeAndLengthWithOverlaysAndAPoster() throws Exception {
        try (ComfyUiStub stub = new ComfyUiStub(clip, ComfyUiStub.Outcome.SUCCEED)) {
            List<Integer> progress = new CopyOnWriteArrayList<>();
            ModelVideoRendering rendering = new ModelVideoRendering(model(stub, Duration.ofSeconds(30)),
                    (job, video, poster, p) -> { throw new AssertionError("no fallback for a render"); },
                    new VideoRenderer(), Optional.of("blurry, watermark"), true);
            Path video = work.resolve("out.webm");
            Path poster = work.resolve("out.jpg");

            VideoRendering.Rendered rendered = rendering.render(job(RenderJob.Mode.RENDER), video, poster,
                    (done, total) -> progress.add(done));

            JsonNode graph = stub.queued.get(0).get("prompt");
            assertThat(graph.get("3").get("inputs").get("text").asText()).isEqualTo("a red fox running through snow");
            assertThat(graph.get("4").get("inputs").get("text").asText()).isEqualTo("blurry, watermark");
            JsonNode latent = graph.get("6").get("inputs");
            assertThat(latent.get("width").asInt() % 32).isZero();
            assertThat(latent.get("length").asInt() % 8).as("LTX-Video takes 8k+1 frames").isEqualTo(1);
            assertThat(rendered.frames()).isEqualTo(120);
            try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
                grabber.start();
                assertThat(grabber.getVideoCodecName()).isEqualTo("vp8");
                assertThat(grabber.getImageWidth()).isEqualTo(640);
                assertThat(grabber.getImageHeight()).isEqualTo(360);
                assertThat(grabber.getLengthInTime() / 1e6).as("the 2 s clip fills 5 s").isBetween(4.8, 5.2);
            }
            assertThat(Files.size(poster)).isPositive();
            assertThat(progress).isSorted().last().isEqualTo(120);
            assertThat(progress).anyMatch(p -> p > 0 && p < 84);
            // overlays: the caption band differs from the same clip without them
            Path plain = work.resolve("plain.webm");
            new ModelVideoRendering(model(stub, Duration.ofSeconds(30)), null, new VideoRenderer(), Optional.empty(), false)
                    .render(job(RenderJob.Mode.RENDER), plain, work.resolve("plain.jpg"), (d, t) -> { });
            assertThat(SceneDecodingTest.difference(javax.imageio.ImageIO.read(poster.toFile()),
                    javax.imageio.ImageIO.read(work.resolve("plain.jpg").toFile()), 0, 0.8, 1, 1)).isGreaterThan(5);
        }
    }

    @Test
    void theSamplersStepsFromTheProgressSocketMoveTheProgressAndAnotherClientsAreIgnored() throws Exception {
        try (ComfyUiStub stub = new ComfyUiStub(clip, ComfyUiStub.Outcome.SUCCEED)) {
            List<Double> progress = new CopyOnWriteArrayList<>();

            model(stub, Duration.ofSeconds(30)).generate(new VideoModel.ClipRequest("job-steps", "a fox", Optional.empty(),
                    new RenderSettings(5, 640, 360, 24), 7), work, progress::add);

            assertThat(stub.socketOpenFor("job-steps")).isTrue();
            double steps = 0.1 + 0.85 * ComfyUiStub.STEPS_DONE / ComfyUiStub.STEPS;
            assertThat(progress).isSorted().contains(steps).allMatch(p -> p <= steps);
        }
    }

    @Test
    void withoutAProgressSocketTheJobIsFollowedAsBeforeFromTheQueue() throws Exception {
        try (ComfyUiStub stub = new ComfyUiStub(clip, ComfyUiStub.Outcome.SUCCEED, false)) {
            List<Double> progress = new CopyOnWriteArrayList<>();

            Path clipPath = model(stub, Duration.ofSeconds(30)).generate(new VideoModel.ClipRequest("job-plain", "a fox",
                    Optional.empty(), new RenderSettings(5, 640, 360, 24), 7), work, progress::add);

            assertThat(clipPath).exists();
            assertThat(stub.socketOpenFor("job-plain")).isFalse();
            assertThat(progress).isSorted().containsExactly(0.02, 0.1);
        }
    }

    @Test
    void aFailedModelJobIsARenderFailureNamingItsCause() throws Exception {
        try (ComfyUiStub stub = new ComfyUiStub(clip, ComfyUiStub.Outcome.FAIL)) {
            VideoModel model = model(stub, Duration.ofSeconds(30));
            assertThatThrownBy(() -> model.generate(new VideoModel.ClipRequest("job-2", "a fox", Optional.empty(),
                    new RenderSettings(5, 640, 360, 24), 1L), work, p -> { }))
                    .isInstanceOf(RenderFailedException.class).hasMessageContaining("CUDA out of memory");
        }
    }

    @Test
    void aCancelledRenderInterruptsTheModelsJobAtOnce() throws Exception {
        try (ComfyUiStub stub = new ComfyUiStub(clip, ComfyUiStub.Outcome.NEVER_FINISH)) {
            ComfyUiVideoModel model = model(stub, Duration.ofSeconds(60));
            Thread canceller = new Thread(() -> {
                // once the job is queued and being followed
                while (stub.calls.stream().noneMatch(c -> c.startsWith("GET /history"))) {
                    Thread.onSpinWait();
                }
                model.cancel("job-3");
            });
            canceller.start();
            long started = System.nanoTime();
            assertThatThrownBy(() -> model.generate(new VideoModel.ClipRequest("job-3", "a fox", Optional.empty(),
                    new RenderSettings(5, 640, 360, 24), 1L), work, p -> { }))
                    .isInstanceOf(RenderFailedException.class).hasMessageContaining("cancelled");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("long before the 60 s time-out")
                    .isLessThan(Duration.ofSeconds(30));
            canceller.join(5000);
            assertThat(stub.calls).anyMatch(c -> c.startsWith("POST /interrupt") && c.contains(ComfyUiStub.PROMPT_ID));
            assertThat(stub.calls).anyMatch(c -> c.startsWith("POST /queue") && c.contains("\"delete\""));
        }
    }

    @Test
    void aModelJobThatNeverEndsTimesOutAndIsInterrupted() throws Exception {
        try (ComfyUiStub stub = new ComfyUiStub(clip, ComfyUiStub.Outcome.NEVER_FINISH)) {
            assertThatThrownBy(() -> model(stub, Duration.ofSeconds(2)).generate(new VideoModel.ClipRequest("job-4",
                    "a fox", Optional.empty(), new RenderSettings(5, 640, 360, 24), 1L), work, p -> { }))
                    .isInstanceOf(RenderFailedException.class).hasMessageContaining("did not finish within 2 s");
            assertThat(stub.calls).anyMatch(c -> c.startsWith("POST /interrupt"));
        }
    }

    @Test
    void theFallbackIsTheProceduralAnimationWhateverTheModel() throws Exception {
        List<String> used = new CopyOnWriteArrayList<>();
        VideoRendering procedural = (job, video, poster, p) -> {
            used.add(job.mode().name());
            return new VideoRendering.Rendered(1, 1, 1, 1, 1);
        };
        VideoModel broken = new VideoModel() {
            @Override
            public Path generate(ClipRequest request, Path dir, java.util.function.DoubleConsumer progress) {
                throw new AssertionError("the fallback never asks the model");
            }

            @Override
            public void cancel(String jobId) {
            }
        };
        new ModelVideoRendering(broken, procedural, new VideoRenderer(), Optional.empty(), true)
                .render(job(RenderJob.Mode.FALLBACK), work.resolve("f.webm"), work.resolve("f.jpg"), (d, t) -> { });
        assertThat(used).containsExactly("FALLBACK");
    }
}
