package dev.videoagent.core.history;

import java.util.Optional;

/**
 * Port: the prompt history (DocumentDB in AWS, the embedded Mongo server locally). Implementations
 * throw {@link dev.videoagent.core.error.DependencyUnavailableException} when the store does not answer.
 */
public interface HistoryRepository {

    void saveGeneration(GenerationRecord record);

    Optional<GenerationRecord> findGeneration(String id);
}
