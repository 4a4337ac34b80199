package dev.videoagent.core.prompt;

/** A concept found in the input: where, from which words, and whether it was plural. */
public record Mention(Concept concept, String words, int start, boolean plural) {

    public Mention withPlural() {
        return new Mention(concept, words, start, true);
    }
}
