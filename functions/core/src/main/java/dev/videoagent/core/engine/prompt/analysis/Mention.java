package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.model.Concept;

/** A span of the idea (offsets into the person's text, end exclusive) that names a lexicon concept. */
public record Mention(Concept concept, String words, int start, int end) {

    public Mention withConcept(Concept other) {
        return new Mention(other, words, start, end);
    }
}
