package dev.videoagent.core.engine.prompt.compose;

import dev.videoagent.core.engine.prompt.analysis.Mention;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import dev.videoagent.core.model.TraceEntry;
import java.util.List;
import java.util.Optional;

/** A scene phrase chosen for one slot (time, weather, light, mood, camera, style ...), with its trace. */
record Term(String text, Slot slot, Optional<Concept> concept, TraceEntry trace) {

    static Term of(Mention mention) {
        Concept c = mention.concept();
        return new Term(c.english(), c.slot(), Optional.of(c), TraceEntry.input(c.english(), c.slot(), mention.words(),
                c.id()));
    }

    static Term fallback(String text, Slot slot, String defaultName, Concept concept) {
        return new Term(text, slot, Optional.of(concept), TraceEntry.fallback(text, slot, defaultName));
    }

    boolean isDefault() {
        return trace.source() == TraceEntry.Source.DEFAULT;
    }

    Optional<String> groupValue() {
        return concept.flatMap(c -> c.attribute("group"));
    }

    List<String> facets() {
        return concept.map(Concept::facets).orElse(List.of());
    }
}
