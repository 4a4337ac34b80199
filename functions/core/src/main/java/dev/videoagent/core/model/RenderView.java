package dev.videoagent.core.model;

import java.util.Optional;

/**
 * What {@code GET /api/renders/{jobId}} answers; {@code backend} is what was asked to make the video (a FALLBACK
 * video is the procedural animation whatever it was).
 */
public record RenderView(String jobId, Status status, int attempt, double progress, Optional<String> videoUrl,
                         Optional<String> posterUrl, Optional<String> error, RenderSettings settings, String prompt,
                         VideoBackend backend) {

    public enum Status { QUEUED, RENDERING, RETRYING, RENDERING_FALLBACK, SUCCEEDED, FALLBACK, FAILED, CANCELLED }

    public boolean finished() {
        return status == Status.SUCCEEDED || status == Status.FALLBACK || status == Status.FAILED
                || status == Status.CANCELLED;
    }
}
