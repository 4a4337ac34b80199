package dev.videoagent.core.prompt;

import java.util.Optional;

/** A phrase chosen for one slot, with where it came from (for the trace). */
record Term(String text, Slot slot, Optional<Concept> concept, TraceEntry trace) {

    static Term of(Mention mention, Slot slot) {
        Concept c = mention.concept();
        return new Term(c.english(), slot, Optional.of(c), TraceEntry.input(c.english(), slot, mention.words(), c.id()));
    }

    static Term fallback(String text, Slot slot, String defaultName, Optional<Concept> concept) {
        return new Term(text, slot, concept, TraceEntry.fallback(text, slot, defaultName));
    }

    Optional<String> group() {
        return concept.flatMap(Concept::group);
    }

    Optional<String> groupValue() {
        return concept.flatMap(c -> c.attribute("group"));
    }
}
