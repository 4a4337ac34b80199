package dev.videoagent.core.engine.prompt.compose;

import dev.videoagent.core.engine.prompt.analysis.Entity;
import dev.videoagent.core.engine.prompt.analysis.Event;
import dev.videoagent.core.model.Slot;
import dev.videoagent.core.model.TraceEntry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the prompt will show: the main subjects (each with its own describing words), the actions, the
 * settings, the scene words per slot (the person's and the defaults), what the idea says is not there,
 * the category and the facets (time, light, weather, mood, energy, setting ...) every term adds.
 */
final class Scene {

    /** Something the idea says is not there, in English, and the words it came from. */
    record Negation(String text, String words, String conceptId) {
    }

    final List<Entity> subjects = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final List<Entity> settings = new ArrayList<>();
    final Map<Slot, List<Term>> terms = new EnumMap<>(Slot.class);
    final List<Negation> negated = new ArrayList<>();
    final List<TraceEntry> dropped = new ArrayList<>();
    final Set<String> facets = new LinkedHashSet<>();
    /** What the negated things would bring (no sun: light:sun): no default may bring it back. */
    final Set<String> negatedFacets = new LinkedHashSet<>();
    String category = "abstract";
    double confidence;

    List<Term> get(Slot slot) {
        return terms.computeIfAbsent(slot, s -> new ArrayList<>());
    }

    boolean has(Slot slot) {
        return !terms.getOrDefault(slot, List.of()).isEmpty();
    }

    boolean hasCamera() {
        return has(Slot.SHOT) || has(Slot.ANGLE) || has(Slot.MOVEMENT) || has(Slot.LENS);
    }

    boolean isEmptyOfThings() {
        return subjects.isEmpty() && events.isEmpty() && settings.isEmpty();
    }
}
