package dev.videoagent.core.prompt;

import java.util.Optional;

/**
 * A concept found in the input: where, from which words, whether it was plural, the preposition
 * of a location word right after it (성 위 -> "over"), and whether it is the object of an action
 * (김치를 담그는, catching a frisbee).
 */
public record Mention(Concept concept, String words, int start, boolean plural, Optional<String> locative,
                      boolean object) {

    public Mention(Concept concept, String words, int start, boolean plural) {
        this(concept, words, start, plural, Optional.empty(), false);
    }

    public Mention withPlural() {
        return new Mention(concept, words, start, true, locative, object);
    }

    public Mention withLocative(Optional<String> preposition) {
        return new Mention(concept, words, start, plural, preposition, object);
    }

    public Mention asObject() {
        return new Mention(concept, words, start, plural, locative, true);
    }
}
