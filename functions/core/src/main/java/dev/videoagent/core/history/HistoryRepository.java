package dev.videoagent.core.history;

import java.util.List;
import java.util.Optional;

/**
 * Port: the prompt history (DocumentDB in AWS, the embedded Mongo server locally). Generations and
 * their edits are immutable; an edit is a new version. Implementations throw
 * {@link dev.videoagent.core.error.DependencyUnavailableException} when the store does not answer.
 */
public interface HistoryRepository {

    void saveGeneration(GenerationRecord record);

    Optional<GenerationRecord> findGeneration(String id);

    /**
     * Stores an edit as the next version of its prompt (version 1 for a free-standing diff) and
     * returns it with the version assigned.
     */
    EditRecord appendEdit(EditRecord edit);

    /** The edits of one prompt, oldest version first. */
    List<EditRecord> edits(String promptId);

    /** Generations newest first, starting after {@code beforeId} when given. */
    List<GenerationRecord> recent(int limit, Optional<String> beforeId);

    /**
     * Generations that share the concept key, newest first, at most {@code limit}: an index lookup,
     * never a scan of all history.
     */
    List<GenerationRecord> withConceptKey(String key, int limit);

    /** How many generations name the concept key (for rarity weights). */
    long countWithConceptKey(String key);

    /** How many generations there are. */
    long countGenerations();
}
