package dev.videoagent.core.engine.prompt.lexicon;

import dev.videoagent.core.engine.prompt.text.EnglishText;
import dev.videoagent.core.engine.prompt.text.Hangul;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import java.util.ArrayList;
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
            "lexicon/subjects.tsv", "lexicon/actions.tsv", "lexicon/scene.tsv", "lexicon/extra.tsv",
            "lexicon/people.tsv", "lexicon/living.tsv", "lexicon/objects.tsv", "lexicon/places.tsv",
            "lexicon/food.tsv", "lexicon/verbs.tsv", "lexicon/craft.tsv", "lexicon/verbs2.tsv",
            "lexicon/verbs3.tsv", "lexicon/nouns3.tsv");

    // sized for the bundled lexicon, so start-up does not rehash them over and over
    private final Map<String, Concept> byId = new LinkedHashMap<>(16_384);
    private final Map<String, Concept> byKorean = new LinkedHashMap<>(32_768);
    private final Map<String, List<Concept>> byEnglish = new LinkedHashMap<>(65_536);
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
        // "a street" is indexed as "street": the article belongs to the prompt, not to what people type
        phrases.add(EnglishText.normalizePhrase(withoutArticle(concept.english())));
        for (String alias : concept.englishAliases()) {
            phrases.add(EnglishText.normalizePhrase(alias));
        }
        concept.attribute("plural").ifPresent(plural -> phrases.add(EnglishText.normalizePhrase(plural)));
        if (concept.slot() == Slot.ACTION) {
            // the regular forms of a verb belong to the row that names the verb first, so a later row whose
            // English happens to be "drifting" does not take "drift" away from the one that lists it
            for (String alias : concept.englishAliases()) {
                String normal = EnglishText.normalizePhrase(alias);
                phrases.addAll(EnglishText.verbForms(normal));
                int the = normal.indexOf(" the ");
                if (the > 0) { // play the guitar, also "playing a guitar" and "playing guitar"
                    String rest = normal.substring(the + 5);
                    String article = "aeiou".indexOf(rest.charAt(0)) >= 0 ? " an " : " a ";
                    phrases.addAll(EnglishText.verbForms(normal.substring(0, the) + article + rest));
                    phrases.addAll(EnglishText.verbForms(normal.substring(0, the) + " " + rest));
                }
            }
        }
        for (String phrase : phrases) {
            if (phrase.isEmpty()) {
                continue;
            }
            List<Concept> named = byEnglish.computeIfAbsent(phrase, k -> new ArrayList<>(1));
            if (!named.contains(concept)) {
                named.add(concept);
            }
            longestEnglishPhrase = Math.max(longestEnglishPhrase, words(phrase));
        }
    }

    private static String withoutArticle(String english) {
        for (String article : ARTICLES) {
            if (english.regionMatches(true, 0, article, 0, article.length())) {
                return english.substring(article.length());
            }
        }
        return english;
    }

    private static final List<String> ARTICLES = List.of("a ", "an ", "the ");

    /** The column's items split at {@code separator}; plain loops: this runs for every row at start-up. */
    private static List<String> list(String column, char separator) {
        String trimmed = column.trim();
        if (trimmed.isEmpty() || trimmed.equals("-")) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        int from = 0;
        while (from <= trimmed.length()) {
            int to = trimmed.indexOf(separator, from);
            String item = trimmed.substring(from, to < 0 ? trimmed.length() : to).trim();
            if (!item.isEmpty()) {
                items.add(item);
            }
            if (to < 0) {
                break;
            }
            from = to + 1;
        }
        return items;
    }

    private static List<String> list(String column) {
        return list(column, '|');
    }

    private static Map<String, String> attributes(String column) {
        Map<String, String> attrs = new LinkedHashMap<>();
        for (String pair : list(column, ';')) {
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
        List<Concept> named = byEnglish.get(normalizedPhrase);
        return named == null ? Optional.empty() : Optional.of(named.get(0));
    }

    /** Every concept an English phrase names, the first-loaded first (a noun and a verb: paint). */
    public List<Concept> englishPhrases(String normalizedPhrase) {
        return byEnglish.getOrDefault(normalizedPhrase, List.of());
    }

    public int longestEnglishPhrase() {
        return longestEnglishPhrase;
    }

    public Collection concepts() {
        return new Collection(Collections.unmodifiableCollection(byId.values()));
    }

    /**
     * Korean nouns of two or more syllables for the analyzer's user dictionary, so compounds such as 산타마을
     * are read whole. A user entry outranks every other reading of its letters, so nouns that are also a verb
     * stem with a linking ending (오지 = backcountry, but 오지 않는 = does not come; 보고, 가는) stay out: the
     * analyzer finds them by itself when they are nouns. Lemmas ending in 다 are verbs or adjectives except in
     * the noun slots (바다 is a place).
     */
    public Set<String> koreanNouns() {
        Set<String> stems = new java.util.HashSet<>();
        for (Concept concept : byId.values()) {
            if (!concept.slot().isThing()) {
                for (String lemma : concept.korean()) {
                    if (lemma.endsWith("다") && lemma.length() >= 2) {
                        stems.add(lemma.substring(0, lemma.length() - 1));
                    }
                }
            }
        }
        Set<String> nouns = new TreeSet<>();
        for (Concept concept : byId.values()) {
            boolean nounSlot = concept.slot().isThing();
            for (String lemma : concept.korean()) {
                boolean verbLike = lemma.endsWith("다") && !nounSlot;
                if (lemma.length() >= 2 && !verbLike && lemma.chars().allMatch(Hangul::isSyllable)
                        && !verbForm(lemma, stems)) {
                    nouns.add(lemma);
                }
            }
        }
        return nouns;
    }

    /** Endings that link a verb to what follows; a noun spelled stem + one of these is also a verb form. */
    private static final Set<String> LINKING_ENDINGS = Set.of("지", "고", "는", "은", "며", "면", "서", "게", "던", "기");

    private static boolean verbForm(String noun, Set<String> stems) {
        String last = noun.substring(noun.length() - 1);
        return LINKING_ENDINGS.contains(last) && stems.contains(noun.substring(0, noun.length() - 1));
    }

    private static int words(String phrase) {
        int n = 1;
        for (int i = 0; i < phrase.length(); i++) {
            if (phrase.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    /** All concepts, in load order. */
    public record Collection(java.util.Collection<Concept> all) {
        public List<Concept> list() {
            return new ArrayList<>(all);
        }
    }
}
