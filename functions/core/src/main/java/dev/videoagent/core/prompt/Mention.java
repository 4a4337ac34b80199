package dev.videoagent.core.prompt;

import java.util.Optional;

/**
 * A concept found in the input: where, from which words, whether it was plural, and the
 * preposition of a location word right after it (성 위 -> "over"), if any.
 */
public record Mention(Concept concept, String words, int start, boolean plural, Optional<String> locative) {

    public Mention(Concept concept, String words, int start, boolean plural) {
        this(concept, words, start, plural, Optional.empty());
    }

    public Mention withPlural() {
        return new Mention(concept, words, start, true, locative);
    }
}
