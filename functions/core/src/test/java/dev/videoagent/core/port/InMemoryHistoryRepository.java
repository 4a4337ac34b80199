package dev.videoagent.core.port;
import dev.videoagent.core.error.VersionTakenException;
import dev.videoagent.core.model.ConceptKeys;
import dev.videoagent.core.model.EditRecord;
import dev.videoagent.core.model.GenerationRecord;
import dev.videoagent.core.model.GenerationSummary;
import dev.videoagent.core.model.LearnedChange;
import dev.videoagent.core.model.ScopeTerms;
import dev.videoagent.core.model.UserId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * History kept in memory: for the CLI and tests. Same contract as the Mongo repository; it derives
 * indexes and counts by scanning, which is fine at the sizes it is used for.
 */
public final class InMemoryHistoryRepository implements HistoryRepository {

    private static final Comparator<GenerationRecord> NEWEST_FIRST =
            Comparator.comparing(GenerationRecord::createdAt).thenComparing(GenerationRecord::id).reversed();

    private final Map<String, GenerationRecord> generations = new LinkedHashMap<>();
    private final Map<String, EditRecord> edits = new LinkedHashMap<>();
    private final Map<String, LearnedChange> learned = new LinkedHashMap<>();

    @Override
    public synchronized void saveGenerations(List<GenerationRecord> records) {
        for (GenerationRecord record : records) {
            if (generations.putIfAbsent(record.id(), record) != null) {
                throw new IllegalStateException("generation " + record.id() + " exists already");
            }
        }
    }

    @Override
    public synchronized Map<String, GenerationRecord> findGenerations(Collection<String> ids) {
        Map<String, GenerationRecord> out = new LinkedHashMap<>();
        ids.forEach(id -> Optional.ofNullable(generations.get(id)).ifPresent(r -> out.put(id, r)));
        return out;
    }

    @Override
    public synchronized Optional<GenerationRecord> findGeneration(String id) {
        return Optional.ofNullable(generations.get(id));
    }

    @Override
    public synchronized EditRecord appendEdit(EditRecord edit) {
        int next = edit.promptId() == null ? 1 : edits(edit.promptId()).size() + 1;
        if (edit.promptId() != null && edit.version() > 0 && edit.version() != next) {
            throw new VersionTakenException(edit.promptId(), edit.version());
        }
        int version = next;
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
    public synchronized Map<String, List<EditRecord>> editsOf(Collection<String> promptIds) {
        Map<String, List<EditRecord>> out = new LinkedHashMap<>();
        for (String id : new LinkedHashSet<>(promptIds)) {
            List<EditRecord> list = edits(id);
            if (!list.isEmpty()) {
                out.put(id, list);
            }
        }
        return out;
    }

    @Override
    public synchronized Map<String, Long> conceptKeyCounts(Collection<String> keys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String key : new LinkedHashSet<>(keys)) {
            long n = generations.values().stream().filter(r -> ConceptKeys.of(r.result()).contains(key)).count();
            if (n > 0) {
                counts.put(key, n);
            }
        }
        return counts;
    }

    @Override
    public synchronized List<GenerationSummary> newestWithConceptKeys(Map<String, Long> keyCounts, int perKey) {
        List<GenerationRecord> newest = new ArrayList<>(generations.values());
        newest.sort(NEWEST_FIRST);
        Map<String, GenerationSummary> out = new LinkedHashMap<>();
        for (String key : keyCounts.keySet()) {
            newest.stream().filter(r -> ConceptKeys.of(r.result()).contains(key)).limit(perKey)
                    .forEach(r -> out.putIfAbsent(r.id(), GenerationSummary.of(r)));
        }
        return new ArrayList<>(out.values());
    }

    @Override
    public synchronized long countGenerations() {
        return generations.size();
    }

    @Override
    public synchronized List<GenerationRecord> recent(UserId owner, int limit, Optional<String> beforeId) {
        List<GenerationRecord> all = new ArrayList<>(generations.values().stream()
                .filter(r -> r.owner().equals(owner)).toList());
        all.sort(NEWEST_FIRST);
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

    @Override
    public synchronized void saveLearnedChange(LearnedChange change) {
        LearnedChange previous = learned.get(change.promptId());
        if (previous == null || previous.version() <= change.version()) {
            learned.put(change.promptId(), change);
        }
    }

    @Override
    public synchronized List<ScopeTerms> learnedTerms(Collection<String> scopes) {
        List<ScopeTerms> out = new ArrayList<>();
        for (String scope : new LinkedHashSet<>(scopes)) {
            long prompts = 0;
            Map<String, Long> editors = new TreeMap<>();
            Map<String, Map<String, Long>> added = new TreeMap<>();
            Map<String, Map<String, Long>> addedBy = new HashMap<>();
            Map<String, Long> addedCounts = new HashMap<>();
            Map<String, Long> removed = new TreeMap<>();
            Map<String, Map<String, Long>> removedBy = new HashMap<>();
            Set<String> upRatedEditors = new HashSet<>();
            Map<String, Set<String>> upRated = new HashMap<>();
            for (LearnedChange change : learned.values()) {
                if (!change.scopes().contains(scope) || !change.teaches()) {
                    continue;
                }
                prompts++;
                String person = change.owner().value();
                editors.merge(person, 1L, Long::sum);
                boolean up = change.standing() == LearnedChange.Standing.UP_RATED;
                if (up) {
                    upRatedEditors.add(person);
                    change.added().forEach(t -> upRated.computeIfAbsent("+" + t.term(), k -> new HashSet<>()).add(person));
                    change.removed().forEach(t -> upRated.computeIfAbsent("-" + t, k -> new HashSet<>()).add(person));
                }
                for (LearnedChange.AddedTerm term : change.added()) {
                    addedCounts.merge(term.term(), 1L, Long::sum);
                    addedBy.computeIfAbsent(term.term(), t -> new TreeMap<>()).merge(person, 1L, Long::sum);
                    Map<String, Long> anchors = added.computeIfAbsent(term.term(), t -> new TreeMap<>());
                    term.anchors().forEach(a -> anchors.merge(a, 1L, Long::sum));
                }
                for (String term : change.removed()) {
                    removed.merge(term, 1L, Long::sum);
                    removedBy.computeIfAbsent(term, t -> new TreeMap<>()).merge(person, 1L, Long::sum);
                }
            }
            if (prompts == 0) {
                continue;
            }
            List<ScopeTerms.TermCount> addedTerms = new ArrayList<>();
            added.forEach((term, anchors) -> addedTerms.add(new ScopeTerms.TermCount(term, addedCounts.get(term), anchors,
                    addedBy.get(term), upRated.getOrDefault("+" + term, Set.of()))));
            List<ScopeTerms.TermCount> removedTerms = new ArrayList<>();
            removed.forEach((term, n) -> removedTerms.add(new ScopeTerms.TermCount(term, n, Map.of(), removedBy.get(term),
                    upRated.getOrDefault("-" + term, Set.of()))));
            out.add(new ScopeTerms(scope, prompts, addedTerms, removedTerms, editors, upRatedEditors));
        }
        return out;
    }
}
