package dev.videoagent.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One immutable edit of a generated prompt by its owner: version n of {@code promptId} (null for a
 * free-standing diff), the texts before and after, the word ops and stats, the slot-level JSON Patch, and the
 * author's note on why ({@code message}, optional).
 */
public record EditRecord(String id, UserId owner, String promptId, int version, String original, String edited,
                         List<WordOp> ops, DiffStats stats, List<SlotOp> slotChanges, Optional<String> message,
                         Instant createdAt) {

    public EditRecord {
        ops = List.copyOf(ops);
        slotChanges = List.copyOf(slotChanges);
        message = message == null ? Optional.empty() : message;
    }

    public EditRecord withVersion(int newVersion) {
        return new EditRecord(id, owner, promptId, newVersion, original, edited, ops, stats, slotChanges, message,
                createdAt);
    }
}
