package dev.videoagent.core.engine.prompt.lexicon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Closed-class words that carry structure, not content (data: {@code function-words.tsv}): Korean
 * particles, endings, auxiliaries, negators, frame words, location nouns, counters and numbers; English
 * determiners, prepositions, negators, relative words, auxiliaries and fillers. Looked up by class and word.
 */
public final class FunctionWords {

    /** The classes of the data file; the key is the file's first column. */
    public enum Kind {
        KO_PARTICLE("ko.particle"), KO_ENDING("ko.ending"), KO_AUX("ko.aux"), KO_NEGATOR("ko.negator"),
        KO_PRESENT("ko.present"), KO_TOGETHER("ko.together"), KO_LIKE("ko.like"), KO_REQUEST("ko.request"),
        KO_FRAME("ko.frame"), KO_CIRCUMSTANCE("ko.circumstance"), KO_NOBODY("ko.nobody"), KO_WITH("ko.with"),
        KO_LOCATIVE("ko.locative"), KO_COUNTER("ko.counter"), KO_NUMBER("ko.number"), KO_BECOME("ko.become"),
        KO_WEATHER_VERB("ko.weatherverb"), KO_MOTION("ko.motion"), KO_TOPONYM("ko.toponym"),
        KO_SET_PHRASE("ko.setphrase"),
        EN_DETERMINER("en.determiner"), EN_NUMBER("en.number"), EN_COLLECTIVE("en.collective"),
        EN_PREPOSITION("en.preposition"), EN_WITH("en.with"), EN_WITHOUT("en.without"), EN_NEGATOR("en.negator"),
        EN_RELATIVE("en.relative"), EN_AUX("en.aux"), EN_CONJUNCTION("en.conjunction"), EN_PRONOUN("en.pronoun"),
        EN_FRAME("en.frame"), EN_REQUEST("en.request"), EN_FILLER("en.filler"), EN_ASPECT("en.aspect");

        private final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    private final Map<Kind, Map<String, String>> words = new LinkedHashMap<>();

    private FunctionWords() {
        for (Kind kind : Kind.values()) {
            words.put(kind, new LinkedHashMap<>());
        }
    }

    public static FunctionWords loadDefault() {
        FunctionWords functionWords = new FunctionWords();
        Map<String, Kind> byKey = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            byKey.put(kind.key, kind);
        }
        for (TsvResource.Row row : TsvResource.read("function-words.tsv", 3)) {
            String[] cols = row.columns();
            Kind kind = byKey.get(cols[0].trim());
            if (kind == null) {
                throw new IllegalStateException(row.where() + ": unknown class " + cols[0]);
            }
            functionWords.words.get(kind).putIfAbsent(cols[1].trim(), cols[2].trim());
        }
        return functionWords;
    }

    /** The word's value in that class ({@code -} when the class alone says it all), or empty. */
    public Optional<String> value(Kind kind, String word) {
        return Optional.ofNullable(words.get(kind).get(word));
    }

    public boolean is(Kind kind, String word) {
        return words.get(kind).containsKey(word);
    }

    /** Every word of a class, in file order. */
    public Map<String, String> all(Kind kind) {
        return java.util.Collections.unmodifiableMap(words.get(kind));
    }
}
