package dev.videoagent.nori;

import dev.videoagent.core.model.Concept;

/** How a test names a concept in an idea: its first English alias, else its English text. */
final class LexiconWords {

    private LexiconWords() {
    }

    static String anyName(Concept c) {
        return c.englishAliases().isEmpty() ? c.english() : c.englishAliases().get(0);
    }
}
