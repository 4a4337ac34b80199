package dev.videoagent.core.model;

import java.time.Instant;
import java.util.Optional;

/**
 * A requested render as stored: whose it is, what was asked (prompt, the idea it came from, settings), the saved
 * prompt and the version of it that was rendered ({@code promptVersion}, empty for text that is no saved version),
 * the hash that finds an identical request, where the files go, and its owner's rating of the result.
 */
public record RenderJobRecord(String jobId, UserId owner, String prompt, Optional<String> concept, Optional<String> promptId,
                              Optional<Integer> promptVersion, RenderSettings settings, String requestHash, String videoKey, String posterKey,
                              Instant createdAt, Optional<Rating> rating) {

    public RenderJobRecord {
        concept = concept == null ? Optional.empty() : concept;
        promptId = promptId == null ? Optional.empty() : promptId;
        promptVersion = promptVersion == null ? Optional.empty() : promptVersion;
        rating = rating == null ? Optional.empty() : rating;
    }
}
