package dev.videoagent.render;

import dev.videoagent.core.engine.render.RenderPlanner;
import dev.videoagent.core.model.RenderJob;
import dev.videoagent.core.port.VideoModel;
import dev.videoagent.core.port.VideoRendering;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A model backend's renders: the model makes the clip, which becomes our VP8 WebM at the asked size and length
 * with the caption and progress bar over it, and a poster. The fallback is always the procedural animation, so
 * the workflow's fallback branch works whatever the model does. A task stopped while the model works (a
 * cancelled render) interrupts the model's job.
 */
public final class ModelVideoRendering implements VideoRendering {

    /** The share of the progress bar the model's part takes; encoding the clip takes the rest. */
    private static final double MODEL_SHARE = 0.7;

    private final VideoModel model;
    private final VideoRendering procedural;
    private final VideoRenderer encoder;
    private final Optional<String> negativePrompt;
    private final boolean overlays;

    public ModelVideoRendering(VideoModel model, VideoRendering procedural, VideoRenderer encoder,
                               Optional<String> negativePrompt, boolean overlays) {
        this.model = model;
        this.procedural = procedural;
        this.encoder = encoder;
        this.negativePrompt = negativePrompt;
        this.overlays = overlays;
    }

    @Override
    public Rendered render(RenderJob job, Path video, Path poster, Progress progress) {
        if (job.mode() == RenderJob.Mode.FALLBACK) {
            return procedural.render(job, video, poster, progress);
        }
        int total = job.settings().frames();
        Thread interrupt = new Thread(() -> model.cancel(job.jobId()), "model-cancel");
        Runtime.getRuntime().addShutdownHook(interrupt);
        Path clip;
        try {
            clip = model.generate(new VideoModel.ClipRequest(job.jobId(), job.prompt(), negativePrompt, job.settings(),
                    RenderPlanner.seed(job.prompt())), video.toAbsolutePath().getParent(),
                    p -> progress.frames((int) (Math.max(0, Math.min(1, p)) * MODEL_SHARE * total), total));
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(interrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs now: it interrupts the model's job
            }
        }
        try (ClipFrames frames = new ClipFrames(clip, job.settings(), job.prompt(), job.title(), overlays)) {
            RenderResult result = encoder.render(frames, job.settings(), video, poster, (done, all) ->
                    progress.frames((int) (total * MODEL_SHARE + done * (1 - MODEL_SHARE)), total));
            return new Rendered(result.frames(), result.videoSeconds(), result.renderSeconds(), result.fpsAchieved(),
                    result.videoBytes());
        }
    }
}
