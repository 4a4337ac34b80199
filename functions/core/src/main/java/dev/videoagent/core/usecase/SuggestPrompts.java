package dev.videoagent.core.usecase;
import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.error.BestEffort;
import dev.videoagent.core.error.ValidationException;
import dev.videoagent.core.model.AppliedEdit;
import dev.videoagent.core.model.ConceptKeys;
import dev.videoagent.core.model.EditRecord;
import dev.videoagent.core.model.GenerationRecord;
import dev.videoagent.core.model.GenerationSummary;
import dev.videoagent.core.model.HistoryEntry;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.Suggestion;
import dev.videoagent.core.port.HistoryRepository;
import dev.videoagent.core.port.PromptCache;
import dev.videoagent.core.port.PromptCacheKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Use case: past requests similar to a new idea, in either language, each with its best (latest
 * edited) prompt. Similarity is computed on the engine's language-neutral concept keys weighted by
 * rarity (IDF), plus the English prompt text; candidates come from the concept-key index only.
 */
public final class SuggestPrompts {

    public static final int MAX_LIMIT = 10;
    /** Candidates read per query key; the rarest keys are read first. */
    static final int CANDIDATES_PER_KEY = 200;
    static final int KEYS_TO_READ = 4;
    static final double MIN_SIMILARITY = 0.3;
    /** How many first-pass candidates are read whole (at least; four per suggestion asked for). */
    static final int SHORTLIST = 20;

    /** A suggestion list and whether it came from the cache. */
    public record SuggestionList(List<Suggestion> suggestions, boolean cached) {
        public SuggestionList {
            suggestions = List.copyOf(suggestions);
        }
    }

    private final PromptEngine engine;
    private final HistoryRepository history;
    private final PromptCache cache;

    public SuggestPrompts(PromptEngine engine, HistoryRepository history, PromptCache cache) {
        this.engine = engine;
        this.history = history;
        this.cache = cache;
    }

    /** Suggestions for an idea, from the cache while no edit has touched the idea's scopes. */
    public SuggestionList handle(String concept, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("Parameter 'limit' must be between 1 and " + MAX_LIMIT + ".");
        }
        PromptResult query = engine.generate(new GeneratePromptCommand(concept, false).concept());
        List<String> scopes = ConceptKeys.scopes(query);
        Optional<String> key = BestEffort.attempt("suggestion cache",
                () -> PromptCacheKeys.suggestions(query.concept(), limit, cache.versions(scopes)));
        Optional<List<Suggestion>> hit = key.flatMap(k -> BestEffort.attempt("suggestion cache",
                () -> cache.suggestions(k).orElse(null)));
        if (hit.isPresent()) {
            return new SuggestionList(hit.get(), true);
        }
        List<Suggestion> found = handle(query, limit);
        key.ifPresent(k -> BestEffort.run("suggestion cache",
                () -> cache.putSuggestions(k, found, PromptCacheKeys.SUGGESTIONS_TTL)));
        return new SuggestionList(found, false);
    }

    /** Suggestions for a request the engine has already analyzed (generate reuses its own result). */
    public List<Suggestion> handle(PromptResult query, int limit) {
        List<String> keys = ConceptKeys.of(query);
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, Long> frequencies = history.conceptKeyCounts(keys);
        if (frequencies.isEmpty()) {
            return List.of();
        }
        long total = Math.max(1, history.countGenerations());
        Map<String, Long> rarest = new LinkedHashMap<>();
        keys.stream().filter(frequencies::containsKey)
                .sorted(Comparator.comparingLong((String k) -> frequencies.get(k)).thenComparing(Comparator.naturalOrder()))
                .limit(KEYS_TO_READ).forEach(k -> rarest.put(k, frequencies.get(k)));

        // first pass on the postings' concept keys alone, then the best few are read whole and
        // scored with their prompt text as well
        List<Scored> byConcepts = new ArrayList<>();
        for (GenerationSummary candidate : history.newestWithConceptKeys(rarest, CANDIDATES_PER_KEY)) {
            byConcepts.add(new Scored(candidate.id(), candidate.createdAt(),
                    weightedOverlap(keys, candidate.conceptKeys(), frequencies, total), null));
        }
        byConcepts.sort(BEST_FIRST);
        List<Scored> shortlist = byConcepts.subList(0, Math.min(byConcepts.size(), Math.max(SHORTLIST, 4 * limit)));
        Map<String, GenerationRecord> records = history.findGenerations(shortlist.stream().map(Scored::id).toList());
        Set<String> queryWords = words(query.prompt());
        List<Scored> scored = new ArrayList<>();
        for (Scored s : shortlist) {
            GenerationRecord record = records.get(s.id());
            if (record == null) {
                continue;
            }
            double text = jaccard(queryWords, words(record.result().prompt()));
            double similarity = Math.round((0.85 * s.similarity() + 0.15 * text) * 1000) / 1000.0;
            if (similarity >= MIN_SIMILARITY) {
                scored.add(new Scored(s.id(), s.createdAt(), similarity, record));
            }
        }
        // among equally similar requests the ones people edited come first: their prompt was refined. Only
        // those as similar as the limit-th one can make the list, so only their edits are read
        scored.sort(BEST_FIRST);
        if (scored.size() > limit) {
            double last = scored.get(limit - 1).similarity();
            scored.removeIf(s -> s.similarity() < last);
        }
        Map<String, List<EditRecord>> edits = history.editsOf(scored.stream().map(Scored::id).toList());
        scored.sort(Comparator.comparingDouble(Scored::similarity).reversed()
                .thenComparing(s -> !edits.containsKey(s.id())).thenComparing(BEST_FIRST));
        List<Suggestion> out = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
            HistoryEntry entry = new HistoryEntry(s.record(), edits.getOrDefault(s.id(), List.of()));
            List<AppliedEdit> applied = entry.edits().stream().map(e -> new AppliedEdit(e.version(), e.ops())).toList();
            out.add(new Suggestion(s.id(), s.record().result().concept(), entry.currentPrompt(), s.similarity(),
                    entry.edits().size(), applied));
        }
        return out;
    }

    private record Scored(String id, java.time.Instant createdAt, double similarity, GenerationRecord record) {
    }

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::similarity).reversed()
            .thenComparing(Scored::createdAt, Comparator.reverseOrder()).thenComparing(Scored::id);

    /**
     * Weighted Dice overlap: 2 x weight of shared keys / (weight of query keys + weight of candidate
     * keys). A key's weight is its IDF; keys only the candidate has count with the smallest query weight.
     */
    private double weightedOverlap(List<String> query, List<String> candidate, Map<String, Long> frequencies,
                                   long total) {
        double shared = 0;
        double queryWeight = 0;
        double minWeight = Double.MAX_VALUE;
        for (String key : query) {
            double w = idf(frequencies.getOrDefault(key, 0L), total);
            queryWeight += w;
            minWeight = Math.min(minWeight, w);
            if (candidate.contains(key)) {
                shared += w;
            }
        }
        double candidateWeight = shared;
        for (String key : candidate) {
            if (!query.contains(key)) {
                candidateWeight += minWeight;
            }
        }
        return queryWeight + candidateWeight == 0 ? 0 : 2 * shared / (queryWeight + candidateWeight);
    }

    private static double idf(long frequency, long total) {
        return Math.log(1.0 + (double) total / Math.max(1, frequency));
    }

    /** The prompt's words of three or more letters, digits or apostrophes, lower-cased (a scan: this runs per candidate). */
    private static Set<String> words(String prompt) {
        Set<String> words = new HashSet<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= prompt.length(); i++) {
            char c = i < prompt.length() ? Character.toLowerCase(prompt.charAt(i)) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'') {
                word.append(c);
            } else {
                if (word.length() > 2) {
                    words.add(word.toString());
                }
                word.setLength(0);
            }
        }
        return words;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / union.size();
    }
}
