package dev.videoagent.core.port;
import dev.videoagent.core.error.VersionTakenException;
import dev.videoagent.core.model.EditRecord;
import dev.videoagent.core.model.GenerationRecord;
import dev.videoagent.core.model.GenerationSummary;
import dev.videoagent.core.model.LearnedChange;
import dev.videoagent.core.model.ScopeTerms;
import dev.videoagent.core.model.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: the prompt history (DocumentDB in AWS, the embedded Mongo server locally). Generations and
 * their edits are immutable; an edit is a new version. Every read the request path makes is an
 * index lookup, never a scan of all history. Implementations throw
 * {@link dev.videoagent.core.error.DependencyUnavailableException} when the store does not answer.
 */
public interface HistoryRepository {

    /** Stores a generation and adds it to the concept-key index. */
    default void saveGeneration(GenerationRecord record) {
        saveGenerations(List.of(record));
    }

    /** Stores generations in bulk (imports, seeding), indexed exactly as one by one. */
    void saveGenerations(List<GenerationRecord> records);

    Optional<GenerationRecord> findGeneration(String id);

    /** Several generations by id in one round trip; unknown ids are absent. */
    Map<String, GenerationRecord> findGenerations(Collection<String> ids);

    /**
     * Stores an edit and returns it with its version: exactly {@code edit.version()} when that is set (> 0),
     * atomically, or {@link VersionTakenException} when another edit has it (the edit was made against an
     * older version); else the next version of its prompt (version 1 for a free-standing diff).
     */
    EditRecord appendEdit(EditRecord edit);

    /** The edits of one prompt, oldest version first. */
    List<EditRecord> edits(String promptId);

    /** The edits of several prompts (one round trip), oldest version first; prompts without edits are absent. */
    Map<String, List<EditRecord>> editsOf(Collection<String> promptIds);

    /** One owner's generations newest first, starting after {@code beforeId} when given. */
    List<GenerationRecord> recent(UserId owner, int limit, Optional<String> beforeId);

    /** How many generations name each key (keys nobody named are absent). */
    Map<String, Long> conceptKeyCounts(Collection<String> keys);

    /**
     * For each key of {@code keyCounts} (in its order) the newest {@code perKey} generations naming it, each
     * generation once; the counts are what {@link #conceptKeyCounts} answered, so the index need not count again.
     */
    List<GenerationSummary> newestWithConceptKeys(Map<String, Long> keyCounts, int perKey);

    /** How many generations there are. */
    long countGenerations();

    /**
     * Replaces the learned net change of one prompt, unless a later version's change is already
     * stored, and updates the per-scope term counts to match.
     */
    void saveLearnedChange(LearnedChange change);

    /** The aggregated term changes of the scopes that have any. */
    List<ScopeTerms> learnedTerms(Collection<String> scopes);
}
