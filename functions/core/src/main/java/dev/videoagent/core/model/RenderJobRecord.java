package dev.videoagent.core.model;

import java.time.Instant;
import java.util.Optional;

/**
 * A requested render as stored: whose it is, what was asked (prompt, the idea it came from, settings), the saved
 * prompt and the version of it that was rendered ({@code promptVersion}, empty for text that is no saved version),
 * the hash that finds an identical request, where the files go, its owner's rating of the result, the backend
 * that makes it and what that backend is asked to avoid.
 */
public record RenderJobRecord(String jobId, UserId owner, String prompt, Optional<String> concept, Optional<String> promptId,
                              Optional<Integer> promptVersion, RenderSettings settings, String requestHash, String videoKey, String posterKey,
                              Instant createdAt, Optional<Rating> rating, VideoBackend backend,
                              Optional<String> negativePrompt) {

    public RenderJobRecord {
        concept = concept == null ? Optional.empty() : concept;
        promptId = promptId == null ? Optional.empty() : promptId;
        promptVersion = promptVersion == null ? Optional.empty() : promptVersion;
        rating = rating == null ? Optional.empty() : rating;
        backend = backend == null ? VideoBackend.PROCEDURAL : backend;
        negativePrompt = negativePrompt == null ? Optional.empty() : negativePrompt;
    }

    /** A procedural render with no negative prompt. */
    public RenderJobRecord(String jobId, UserId owner, String prompt, Optional<String> concept, Optional<String> promptId,
                           Optional<Integer> promptVersion, RenderSettings settings, String requestHash, String videoKey,
                           String posterKey, Instant createdAt, Optional<Rating> rating) {
        this(jobId, owner, prompt, concept, promptId, promptVersion, settings, requestHash, videoKey, posterKey, createdAt,
                rating, VideoBackend.PROCEDURAL, Optional.empty());
    }

    public RenderJobRecord withRating(Rating given) {
        return new RenderJobRecord(jobId, owner, prompt, concept, promptId, promptVersion, settings, requestHash, videoKey,
                posterKey, createdAt, Optional.of(given), backend, negativePrompt);
    }
}
