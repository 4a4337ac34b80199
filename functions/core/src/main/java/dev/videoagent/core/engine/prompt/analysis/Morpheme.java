package dev.videoagent.core.engine.prompt.analysis;

import java.util.List;

/**
 * One morpheme of Korean analysis. Verbs and adjectives carry their stem ({@code 귀엽} for 귀여운);
 * compound nouns carry their parts, so the whole compound can be looked up first.
 */
public record Morpheme(String form, MorphemeTag tag, int start, int end, List<Morpheme> parts) {

    public Morpheme {
        parts = List.copyOf(parts);
    }

    public static Morpheme of(String form, MorphemeTag tag, int start, int end) {
        return new Morpheme(form, tag, start, end, List.of());
    }
}
