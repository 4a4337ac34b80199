package dev.videoagent.core.usecase;
import dev.videoagent.core.error.BestEffort;
import dev.videoagent.core.model.MetricName;
import dev.videoagent.core.model.RenderJob;
import dev.videoagent.core.model.RenderStatus;
import dev.videoagent.core.port.ArtifactStore;
import dev.videoagent.core.port.Metrics;
import dev.videoagent.core.port.RenderProgress;
import dev.videoagent.core.port.VideoRendering;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: run one render job. It renders into the task's work directory, uploads the video and
 * the poster, and keeps the job's status current (at least every 5%). Status writes are best
 * effort: a video is never lost because Redis is down. Any failure to render or upload is thrown,
 * so the task exits non-zero and the workflow retries or falls back.
 */
public final class RunRenderJob {

    private static final Logger LOG = LoggerFactory.getLogger(RunRenderJob.class);
    public static final String VIDEO_TYPE = "video/webm";
    public static final String POSTER_TYPE = "image/jpeg";

    private final VideoRendering renderer;
    private final ArtifactStore store;
    private final RenderProgress progress;
    private final Clock clock;
    private final Metrics metrics;

    public RunRenderJob(VideoRendering renderer, ArtifactStore store, RenderProgress progress, Clock clock) {
        this(renderer, store, progress, clock, Metrics.NONE);
    }

    public RunRenderJob(VideoRendering renderer, ArtifactStore store, RenderProgress progress, Clock clock,
                        Metrics metrics) {
        this.metrics = metrics;
        this.renderer = renderer;
        this.store = store;
        this.progress = progress;
        this.clock = clock;
    }

    public VideoRendering.Rendered handle(RenderJob job, Path workDir) {
        if (job.mode() == RenderJob.Mode.RENDER && job.attempt() > 1) {
            metrics.record(MetricName.RENDER_RETRIES, 1);
        }
        report(job, RenderStatus.State.RENDERING, 0, Optional.empty());
        Path video = workDir.resolve(job.jobId() + ".webm");
        Path poster = workDir.resolve(job.jobId() + ".jpg");
        try {
            // rendering is 95% of the work; the upload the last 5%
            VideoRendering.Rendered rendered = renderer.render(job, video, poster,
                    (done, total) -> report(job, RenderStatus.State.RENDERING, 0.95 * done / total, Optional.empty()));
            report(job, RenderStatus.State.UPLOADING, 0.95, Optional.empty());
            long uploading = System.nanoTime();
            store.put(job.outputBucket(), job.outputKey(), video, VIDEO_TYPE);
            store.put(job.outputBucket(), job.posterKey(), poster, POSTER_TYPE);
            LOG.info("render {}: video and poster stored in {} ms", job.jobId(), (System.nanoTime() - uploading) / 1_000_000);
            progress(job, new RenderStatus(job.jobId(), RenderStatus.State.DONE, job.attempt(), job.mode(), 1.0,
                    Optional.of(job.outputKey()), Optional.of(job.posterKey()), Optional.empty(), clock.instant()));
            metrics.record(MetricName.RENDER_DURATION, rendered.renderSeconds());
            if (job.mode() == RenderJob.Mode.FALLBACK) {
                metrics.record(MetricName.RENDER_FALLBACKS, 1);
            }
            return rendered;
        } catch (RuntimeException e) {
            report(job, RenderStatus.State.FAILED, 0, Optional.of(oneLine(e)));
            throw e;
        }
    }

    private void report(RenderJob job, RenderStatus.State state, double done, Optional<String> error) {
        progress(job, new RenderStatus(job.jobId(), state, job.attempt(), job.mode(), Math.round(done * 1000) / 1000.0,
                Optional.empty(), Optional.empty(), error, clock.instant()));
    }

    private void progress(RenderJob job, RenderStatus status) {
        if (!BestEffort.run("render progress", () -> progress.update(status))) {
            LOG.debug("render {}: status {} not recorded", job.jobId(), status.state());
        }
    }

    /** The reason a task prints when it exits non-zero: one line, no stack trace. */
    public static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
