package dev.videoagent.core.history;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** History kept in memory: for the CLI and tests. Same contract as the Mongo repository. */
public final class InMemoryHistoryRepository implements HistoryRepository {

    private final Map<String, GenerationRecord> generations = new LinkedHashMap<>();

    @Override
    public synchronized void saveGeneration(GenerationRecord record) {
        if (generations.putIfAbsent(record.id(), record) != null) {
            throw new IllegalStateException("generation " + record.id() + " exists already");
        }
    }

    @Override
    public synchronized Optional<GenerationRecord> findGeneration(String id) {
        return Optional.ofNullable(generations.get(id));
    }
}
