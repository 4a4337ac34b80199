package dev.videoagent.core.prompt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bilingual video lexicon (see docs/lexicon.md), loaded from TSV resources. Lookups are by
 * Korean lemma, by normalized English phrase and by concept id. Load order is fixed, so every
 * index is built the same way in every process.
 */
public final class Lexicon {

    public static final List<String> DEFAULT_FILES = List.of(
            "lexicon/subjects.tsv", "lexicon/actions.tsv", "lexicon/scene.tsv", "lexicon/extra.tsv");

    private final Map<String, Concept> byId = new LinkedHashMap<>();
    private final Map<String, Concept> byKorean = new LinkedHashMap<>();
    private final Map<String, Concept> byEnglish = new LinkedHashMap<>();
    private int longestEnglishPhrase = 1;

    private Lexicon() {
    }

    public static Lexicon loadDefault() {
        Lexicon lexicon = new Lexicon();
        for (String file : DEFAULT_FILES) {
            lexicon.load(file);
        }
        return lexicon;
    }

    /** For tests: a lexicon from rows in the TSV format. */
    public static Lexicon of(List<String> rows) {
        Lexicon lexicon = new Lexicon();
        int line = 0;
        for (String text : rows) {
            TsvResource.Row row = TsvResource.parse(text, "inline", ++line, 7);
            if (row != null) {
                lexicon.add(row);
            }
        }
        return lexicon;
    }

    private void load(String resource) {
        for (TsvResource.Row row : TsvResource.read(resource, 7)) {
            add(row);
        }
    }

    private void add(TsvResource.Row row) {
        String[] cols = row.columns();
        String source = row.source();
        int line = row.line();
        Concept concept;
        try {
            concept = new Concept(cols[0].trim(), Slot.parse(cols[1]), cols[2].trim(), list(cols[3]), list(cols[4]),
                    cols[5].trim(), attributes(cols[6]));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + ":" + line + ": " + e.getMessage(), e);
        }
        if (byId.putIfAbsent(concept.id(), concept) != null) {
            throw new IllegalStateException(source + ":" + line + ": duplicate id " + concept.id());
        }
        for (String lemma : concept.korean()) {
            byKorean.putIfAbsent(lemma, concept); // first definition wins; LexiconTest reports clashes
        }
        Set<String> phrases = new LinkedHashSet<>();
        phrases.add(EnglishText.normalizePhrase(concept.english()));
        for (String alias : concept.englishAliases()) {
            phrases.add(EnglishText.normalizePhrase(alias));
        }
        concept.attribute("plural").ifPresent(plural -> phrases.add(EnglishText.normalizePhrase(plural)));
        for (String phrase : phrases) {
            if (phrase.isEmpty()) {
                continue;
            }
            byEnglish.putIfAbsent(phrase, concept);
            longestEnglishPhrase = Math.max(longestEnglishPhrase, phrase.split(" ").length);
        }
    }

    private static List<String> list(String column) {
        String trimmed = column.trim();
        if (trimmed.isEmpty() || trimmed.equals("-")) {
            return List.of();
        }
        return Arrays.stream(trimmed.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Map<String, String> attributes(String column) {
        Map<String, String> attrs = new LinkedHashMap<>();
        for (String pair : list(column.replace(';', '|'))) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("attribute without '=': " + pair);
            }
            attrs.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return attrs;
    }

    public Optional<Concept> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Concept> korean(String lemma) {
        return Optional.ofNullable(byKorean.get(lemma));
    }

    public Optional<Concept> englishPhrase(String normalizedPhrase) {
        return Optional.ofNullable(byEnglish.get(normalizedPhrase));
    }

    public int longestEnglishPhrase() {
        return longestEnglishPhrase;
    }

    public Collection concepts() {
        return new Collection(Collections.unmodifiableCollection(byId.values()));
    }

    /**
     * Korean nouns of two or more syllables: the analyzer's user dictionary, so compounds such as
     * 산타마을 are looked up whole. Lemmas ending in 다 are verbs or adjectives except in the noun
     * slots (바다 is a place).
     */
    public Set<String> koreanNouns() {
        Set<String> nouns = new TreeSet<>();
        for (Concept concept : byId.values()) {
            boolean nounSlot = concept.slot() == Slot.SUBJECT || concept.slot() == Slot.PLACE;
            for (String lemma : concept.korean()) {
                boolean verbLike = lemma.endsWith("다") && !nounSlot;
                if (lemma.length() >= 2 && !verbLike && lemma.chars().allMatch(Hangul::isSyllable)) {
                    nouns.add(lemma);
                }
            }
        }
        return nouns;
    }

    /** All concepts, in load order. */
    public record Collection(java.util.Collection<Concept> all) {
        public List<Concept> list() {
            return new ArrayList<>(all);
        }
    }
}
