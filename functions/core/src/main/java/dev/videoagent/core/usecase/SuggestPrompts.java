package dev.videoagent.core.usecase;
import dev.videoagent.core.engine.learning.EditLearning;
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
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.port.HistoryRepository;
import dev.videoagent.core.port.PromptCache;
import dev.videoagent.core.port.PromptCacheKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Use case: past requests similar to a new idea, in either language, each with its best (latest
 * edited) prompt. Similarity is computed on the engine's language-neutral concept keys weighted by
 * rarity (IDF), plus the English prompt text; candidates come from the concept-key index only. A person
 * is offered their own past prompts, and other people's only as words at least {@code LEARNING_MIN_USERS}
 * different people edited their own similar ideas into (no one's idea or prompt id is shown to anyone else).
 */
public final class SuggestPrompts {

    public static final int MAX_LIMIT = 10;
    /** Candidates read per query key; the rarest keys are read first. */
    static final int CANDIDATES_PER_KEY = 200;
    static final int KEYS_TO_READ = 4;
    static final double MIN_SIMILARITY = 0.3;
    /** How many first-pass candidates are read whole (at least; four per suggestion asked for). */
    static final int SHORTLIST = 20;
    /** How many of one other person's candidates are read whole. */
    static final int PER_OTHER_PERSON = 2;

    /** A suggestion list and whether it came from the cache. */
    public record SuggestionList(List<Suggestion> suggestions, boolean cached) {
        public SuggestionList {
            suggestions = List.copyOf(suggestions);
        }
    }

    private final PromptEngine engine;
    private final HistoryRepository history;
    private final PromptCache cache;
    private final int minPeople;

    public SuggestPrompts(PromptEngine engine, HistoryRepository history, PromptCache cache) {
        this(engine, history, cache, EditLearning.MIN_PEOPLE);
    }

    /** ...offering another person's edited prompt only once {@code minPeople} people settled on its words. */
    public SuggestPrompts(PromptEngine engine, HistoryRepository history, PromptCache cache, int minPeople) {
        this.engine = engine;
        this.history = history;
        this.cache = cache;
        this.minPeople = minPeople;
    }

    /** The caller's suggestions for an idea, from the cache while no edit has touched the idea's scopes. */
    public SuggestionList handle(UserId caller, String concept, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("Parameter 'limit' must be between 1 and " + MAX_LIMIT + ".");
        }
        PromptResult query = engine.generate(new GeneratePromptCommand(concept, false).concept());
        List<String> scopes = ConceptKeys.scopes(query);
        Optional<String> key = BestEffort.attempt("suggestion cache",
                () -> PromptCacheKeys.suggestions(caller, query.concept(), limit, cache.versions(scopes)));
        Optional<List<Suggestion>> hit = key.flatMap(k -> BestEffort.attempt("suggestion cache",
                () -> cache.suggestions(k).orElse(null)));
        if (hit.isPresent()) {
            return new SuggestionList(hit.get(), true);
        }
        List<Suggestion> found = handle(caller, query, limit);
        key.ifPresent(k -> BestEffort.run("suggestion cache",
                () -> cache.putSuggestions(k, found, PromptCacheKeys.SUGGESTIONS_TTL)));
        return new SuggestionList(found, false);
    }

    /**
     * The caller's suggestions for a request the engine has already analyzed (generate reuses its own result): their
     * own similar past prompts, and the edited prompts enough different people settled on.
     */
    public List<Suggestion> handle(UserId caller, PromptResult query, int limit) {
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
            byConcepts.add(new Scored(candidate.id(), candidate.owner(), candidate.createdAt(),
                    weightedOverlap(keys, candidate.conceptKeys(), frequencies, total), null));
        }
        byConcepts.sort(BEST_FIRST);
        List<Scored> shortlist = shortlist(caller, byConcepts, Math.max(SHORTLIST, 4 * limit));
        Map<String, GenerationRecord> records = history.findGenerations(shortlist.stream().map(Scored::id).toList());
        Set<String> queryWords = words(query.prompt());
        List<Scored> own = new ArrayList<>();
        List<Scored> others = new ArrayList<>();
        for (Scored s : shortlist) {
            GenerationRecord record = records.get(s.id());
            if (record == null) {
                continue;
            }
            double text = jaccard(queryWords, words(record.result().prompt()));
            double similarity = Math.round((0.85 * s.similarity() + 0.15 * text) * 1000) / 1000.0;
            if (similarity >= MIN_SIMILARITY) {
                (record.owner().equals(caller) ? own : others)
                        .add(new Scored(s.id(), record.owner(), s.createdAt(), similarity, record));
            }
        }
        // only own prompts as similar as the limit-th one can make the list, so only their edits are read; others
        // count only through their edited words, so all of theirs are
        own.sort(BEST_FIRST);
        if (own.size() > limit) {
            double last = own.get(limit - 1).similarity();
            own.removeIf(s -> s.similarity() < last);
        }
        List<Scored> read = new ArrayList<>(own);
        read.addAll(others);
        Map<String, List<EditRecord>> edits = history.editsOf(read.stream().map(Scored::id).toList());
        List<SettledPrompts.Member> edited = new ArrayList<>();
        for (Scored s : read) {
            if (edits.containsKey(s.id())) {
                String prompt = new HistoryEntry(s.record(), edits.get(s.id())).currentPrompt();
                edited.add(new SettledPrompts.Member(s.owner(), prompt, s.similarity(), s.createdAt()));
            }
        }
        Map<String, SettledPrompts.Group> groups = SettledPrompts.group(edited, caller);

        List<Listed> listed = new ArrayList<>();
        for (Scored s : own) {
            HistoryEntry entry = new HistoryEntry(s.record(), edits.getOrDefault(s.id(), List.of()));
            List<AppliedEdit> applied = entry.edits().stream().map(e -> new AppliedEdit(e.version(), e.ops())).toList();
            int people = entry.edits().isEmpty() ? 1 : groups.get(SettledPrompts.wording(entry.currentPrompt())).people();
            listed.add(new Listed(Suggestion.own(s.id(), s.record().result().concept(), entry.currentPrompt(),
                    s.similarity(), applied, people), s.createdAt()));
        }
        groups.values().stream().filter(g -> !g.hasOwn() && g.people() >= minPeople).forEach(g -> listed.add(
                new Listed(Suggestion.settled(g.prompt(), g.similarityOf(minPeople), g.editedPrompts(), g.people()),
                        g.newest())));
        // among equally similar requests the ones people edited come first: their prompt was refined
        listed.sort(Comparator.comparingDouble((Listed l) -> l.suggestion().similarity()).reversed()
                .thenComparing(l -> l.suggestion().editCount() == 0)
                .thenComparing(Listed::createdAt, Comparator.reverseOrder())
                .thenComparing(l -> l.suggestion().prompt()));
        return listed.stream().limit(limit).map(Listed::suggestion).toList();
    }

    /**
     * The first-pass candidates read whole: the caller's best {@code size}, and up to twice as many of other people's,
     * at most {@link #PER_OTHER_PERSON} each, so that one person's many prompts cannot crowd out everyone else's.
     */
    private static List<Scored> shortlist(UserId caller, List<Scored> best, int size) {
        List<Scored> out = new ArrayList<>();
        int own = 0;
        int others = 0;
        Map<UserId, Integer> perPerson = new HashMap<>();
        for (Scored s : best) {
            if (s.owner().equals(caller)) {
                if (own < size) {
                    out.add(s);
                    own++;
                }
            } else if (others < 2 * size && perPerson.merge(s.owner(), 1, Integer::sum) <= PER_OTHER_PERSON) {
                out.add(s);
                others++;
            }
            if (own >= size && others >= 2 * size) {
                break;
            }
        }
        return out;
    }

    private record Scored(String id, UserId owner, Instant createdAt, double similarity, GenerationRecord record) {
    }

    private record Listed(Suggestion suggestion, Instant createdAt) {
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
