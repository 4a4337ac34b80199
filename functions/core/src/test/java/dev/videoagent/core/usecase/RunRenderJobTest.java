package dev.videoagent.core.usecase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.model.RenderJob;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.model.RenderStatus;
import dev.videoagent.core.port.ArtifactStore;
import dev.videoagent.core.port.RenderProgress;
import dev.videoagent.core.port.VideoRendering;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRenderJobTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    private static final RenderJob JOB = new RenderJob("job-7", "snow", Optional.empty(), new RenderSettings(5, 640, 360, 24),
            "videos", "videos/job-7.webm", 2, RenderJob.Mode.RENDER);

    @TempDir
    Path work;

    private final List<RenderStatus> statuses = new ArrayList<>();
    private final List<String> stored = new ArrayList<>();

    private final RenderProgress progress = new RenderProgress() {
        @Override
        public void update(RenderStatus status) {
            statuses.add(status);
        }

        @Override
        public Optional<RenderStatus> latest(String jobId) {
            return statuses.isEmpty() ? Optional.empty() : Optional.of(statuses.get(statuses.size() - 1));
        }
    };

    /** A renderer that writes two small files and reports every frame. */
    private final VideoRendering renderer = (job, video, poster, listener) -> {
        try {
            Files.writeString(video, "webm");
            Files.writeString(poster, "jpg");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int frames = job.settings().frames();
        for (int i = 1; i <= frames; i++) {
            listener.frames(i, frames);
        }
        return new VideoRendering.Rendered(frames, 5, 0.5, 240, 4);
    };

    private final ArtifactStore store = (bucket, key, file, type) -> stored.add(bucket + "/" + key + " " + type);

    @Test
    void rendersUploadsBothFilesWithTheirTypesAndEndsDone() {
        new RunRenderJob(renderer, store, progress, CLOCK).handle(JOB, work);

        assertThat(stored).containsExactly("videos/videos/job-7.webm video/webm", "videos/videos/job-7.jpg image/jpeg");
        RenderStatus last = statuses.get(statuses.size() - 1);
        assertThat(last.state()).isEqualTo(RenderStatus.State.DONE);
        assertThat(last.progress()).isEqualTo(1.0);
        assertThat(last.attempt()).isEqualTo(2);
        assertThat(last.videoKey()).contains("videos/job-7.webm");
        assertThat(last.posterKey()).contains("videos/job-7.jpg");
        List<Double> values = statuses.stream().map(RenderStatus::progress).toList();
        assertThat(values).isSorted();
        for (int i = 1; i < values.size(); i++) {
            assertThat(values.get(i) - values.get(i - 1)).isLessThanOrEqualTo(0.05 + 1e-9);
        }
    }

    @Test
    void aFailedUploadIsThrownAndRecordedAsFailed() {
        ArtifactStore down = (bucket, key, file, type) -> {
            throw new DependencyUnavailableException("s3", new RuntimeException("connection refused"));
        };

        assertThatThrownBy(() -> new RunRenderJob(renderer, down, progress, CLOCK).handle(JOB, work))
                .isInstanceOf(DependencyUnavailableException.class);
        RenderStatus last = statuses.get(statuses.size() - 1);
        assertThat(last.state()).isEqualTo(RenderStatus.State.FAILED);
        assertThat(last.error()).contains("s3 is unavailable");
    }

    @Test
    void progressThatCannotBeWrittenDoesNotStopTheVideo() {
        RenderProgress down = new RenderProgress() {
            @Override
            public void update(RenderStatus status) {
                throw new DependencyUnavailableException("redis", new RuntimeException("down"));
            }

            @Override
            public Optional<RenderStatus> latest(String jobId) {
                return Optional.empty();
            }
        };

        new RunRenderJob(renderer, store, down, CLOCK).handle(JOB, work);

        assertThat(stored).hasSize(2);
    }

    @Test
    void theExitReasonIsOneLine() {
        assertThat(RunRenderJob.oneLine(new IllegalStateException("bad\n  things\thappened "))).isEqualTo("bad things happened");
        assertThat(RunRenderJob.oneLine(new NullPointerException())).isEqualTo("NullPointerException");
    }

    @Test
    void retriesFallbacksAndDurationsAreRecordedAsMetrics() {
        List<String> recorded = new ArrayList<>();
        dev.videoagent.core.port.Metrics metrics = (name, value, unit) -> recorded.add(name + "=" + value + " " + unit);
        RenderJob fallback = new RenderJob("job-8", "snow", Optional.empty(), new RenderSettings(5, 640, 360, 24),
                "videos", "videos/job-8.webm", 5, RenderJob.Mode.FALLBACK);

        new RunRenderJob(renderer, store, progress, CLOCK, metrics).handle(JOB, work);
        new RunRenderJob(renderer, store, progress, CLOCK, metrics).handle(fallback, work);

        assertThat(recorded).containsExactly("RenderRetries=1.0 Count", "RenderDuration=0.5 Seconds",
                "RenderDuration=0.5 Seconds", "RenderFallbacks=1.0 Count");
    }
}
