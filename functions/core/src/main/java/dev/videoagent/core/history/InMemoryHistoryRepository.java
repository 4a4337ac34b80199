package dev.videoagent.core.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** History kept in memory: for the CLI and tests. Same contract as the Mongo repository. */
public final class InMemoryHistoryRepository implements HistoryRepository {

    private final Map<String, GenerationRecord> generations = new LinkedHashMap<>();
    private final Map<String, EditRecord> edits = new LinkedHashMap<>();

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

    @Override
    public synchronized EditRecord appendEdit(EditRecord edit) {
        int version = edit.promptId() == null ? 1 : edits(edit.promptId()).size() + 1;
        EditRecord stored = edit.withVersion(version);
        if (edits.putIfAbsent(stored.id(), stored) != null) {
            throw new IllegalStateException("edit " + edit.id() + " exists already");
        }
        return stored;
    }

    @Override
    public synchronized List<EditRecord> edits(String promptId) {
        return edits.values().stream().filter(e -> promptId.equals(e.promptId()))
                .sorted(Comparator.comparingInt(EditRecord::version)).toList();
    }

    @Override
    public synchronized List<GenerationRecord> withConceptKey(String key, int limit) {
        return recent(Integer.MAX_VALUE - 1, Optional.empty()).stream()
                .filter(r -> ConceptKeys.of(r.result()).contains(key)).limit(limit).toList();
    }

    @Override
    public synchronized long countWithConceptKey(String key) {
        return generations.values().stream().filter(r -> ConceptKeys.of(r.result()).contains(key)).count();
    }

    @Override
    public synchronized long countGenerations() {
        return generations.size();
    }

    @Override
    public synchronized List<GenerationRecord> recent(int limit, Optional<String> beforeId) {
        List<GenerationRecord> all = new ArrayList<>(generations.values());
        all.sort(Comparator.comparing(GenerationRecord::createdAt).thenComparing(GenerationRecord::id).reversed());
        List<GenerationRecord> page = new ArrayList<>();
        boolean started = beforeId.isEmpty();
        for (GenerationRecord record : all) {
            if (!started) {
                started = record.id().equals(beforeId.get());
                continue;
            }
            if (page.size() >= limit) {
                break;
            }
            page.add(record);
        }
        return page;
    }
}
