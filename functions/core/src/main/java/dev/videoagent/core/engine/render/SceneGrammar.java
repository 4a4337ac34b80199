package dev.videoagent.core.engine.render;

import dev.videoagent.core.model.Backdrop;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Figure;
import dev.videoagent.core.model.FigureMotion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The renderer's reading of concepts ({@code scene-grammar.tsv}): which backdrop a place is drawn as, which
 * figure a subject is, how an action moves it. Rules go by the words of a concept's English text, head noun
 * first, then by its lexicon facets, category or kind, so a concept nobody listed still gets its family's look.
 */
public final class SceneGrammar {

    private static final String RESOURCE = "scene-grammar.tsv";

    /** A word rule: an exact word, or a prefix when the rule's word ends in '*'. */
    private record WordRule<T>(String word, boolean prefix, T value) {
        boolean matches(String w) {
            return prefix ? w.startsWith(word) : w.equals(word);
        }
    }

    private final List<WordRule<Backdrop>> backdrops = new ArrayList<>();
    private final List<WordRule<Figure>> figures = new ArrayList<>();
    private final List<WordRule<FigureMotion>> motions = new ArrayList<>();
    private final Map<String, Backdrop> facets = new LinkedHashMap<>();
    private final Map<String, Backdrop> categories = new LinkedHashMap<>();
    private final Map<String, Figure> kinds = new LinkedHashMap<>();

    private SceneGrammar(List<String> lines) {
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalArgumentException(RESOURCE + " line " + n + ": 3 tab-separated fields expected");
            }
            switch (f[0]) {
                case "backdrop" -> words(backdrops, f[2], Backdrop.valueOf(f[1]));
                case "figure" -> words(figures, f[2], Figure.valueOf(f[1]));
                case "motion" -> words(motions, f[2], FigureMotion.valueOf(f[1]));
                case "facet" -> facets.put(f[1], Backdrop.valueOf(f[2]));
                case "category" -> categories.put(f[1], Backdrop.valueOf(f[2]));
                case "kind" -> kinds.put(f[1], Figure.valueOf(f[2]));
                default -> throw new IllegalArgumentException(RESOURCE + " line " + n + ": unknown rule '" + f[0] + "'");
            }
        }
    }

    private static <T> void words(List<WordRule<T>> rules, String words, T value) {
        for (String w : words.trim().split("\\s+")) {
            boolean prefix = w.endsWith("*");
            rules.add(new WordRule<>(prefix ? w.substring(0, w.length() - 1) : w, prefix, value));
        }
    }

    public static SceneGrammar loadDefault() {
        try (InputStream in = SceneGrammar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new SceneGrammar(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The backdrop of a place concept: by its words, else its facets, else its category; empty if none fits. */
    public Optional<Backdrop> backdrop(Concept place) {
        Optional<Backdrop> byWords = byWords(place, backdrops);
        if (byWords.isPresent()) {
            return byWords;
        }
        String declared = place.attribute("facets").orElse("");
        for (Map.Entry<String, Backdrop> facet : facets.entrySet()) {
            if (("," + declared + ",").contains("," + facet.getKey() + ",")) {
                return Optional.of(facet.getValue());
            }
        }
        return Optional.ofNullable(categories.get(place.category()));
    }

    /** The figure of a subject concept: by its words, else its kind; empty for what has no figure (phenomena). */
    public Optional<Figure> figure(Concept subject) {
        return byWords(subject, figures).or(() -> Optional.ofNullable(kinds.get(subject.kind())));
    }

    /** The figure the words of a concept name, without falling back on its kind. */
    public Optional<Figure> namedFigure(Concept subject) {
        return byWords(subject, figures);
    }

    /** The motion an action concept gives its figure, if its words say one. */
    public Optional<FigureMotion> motion(Concept action) {
        return byWords(action, motions);
    }

    /** The first rule matching a word: the text's words from the last (the head noun), then its aliases'. */
    private static <T> Optional<T> byWords(Concept concept, List<WordRule<T>> rules) {
        List<String> texts = new ArrayList<>();
        texts.add(concept.english());
        texts.addAll(concept.englishAliases());
        for (String text : texts) {
            String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
            for (int i = words.length - 1; i >= 0; i--) {
                for (WordRule<T> rule : rules) {
                    if (!words[i].isEmpty() && rule.matches(words[i])) {
                        return Optional.of(rule.value());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
