package dev.videoagent.core.model;

import java.time.Instant;
import java.util.Optional;

/**
 * What the render task says about its job while it runs: the state of this attempt, how far it is
 * (0..1), and on success where the files are, on failure why.
 */
public record RenderStatus(String jobId, State state, int attempt, RenderJob.Mode mode, double progress,
                           Optional<String> videoKey, Optional<String> posterKey, Optional<String> error,
                           Instant updatedAt) {

    public enum State { RENDERING, UPLOADING, DONE, FAILED }

    public RenderStatus {
        videoKey = videoKey == null ? Optional.empty() : videoKey;
        posterKey = posterKey == null ? Optional.empty() : posterKey;
        error = error == null ? Optional.empty() : error;
    }
}
