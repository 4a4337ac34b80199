package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.model.Unrecognized;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader understood of an idea: its noun phrases in input order, its actions with their roles,
 * the scene words that belong to no noun (time, weather, light, mood, camera, style ...), each possibly
 * negated, and the words it did not understand. {@code coverage} is the share of the idea's content
 * characters that were understood.
 */
public final class IdeaGraph {

    /** A scene word with whether the idea says it is not there ("비가 오지 않는" negates rain). */
    public record SceneTerm(Mention mention, boolean negated) {
    }

    private final List<Entity> entities = new ArrayList<>();
    private final List<Entity> standalone = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<SceneTerm> terms = new ArrayList<>();
    private final List<Unrecognized> unrecognized = new ArrayList<>();
    private int contentChars;
    private int understoodChars;

    public List<Entity> entities() {
        return entities;
    }

    /** Phrases no predicate took: the things the idea is about when no action names them. */
    public List<Entity> standalone() {
        return standalone;
    }

    public List<Event> events() {
        return events;
    }

    public List<SceneTerm> terms() {
        return terms;
    }

    public List<Unrecognized> unrecognized() {
        return unrecognized;
    }

    void content(int chars, boolean understood) {
        contentChars += chars;
        if (understood) {
            understoodChars += chars;
        }
    }

    /** 0..1; an idea with no content words (emoji only) counts as fully understood. */
    public double coverage() {
        return contentChars == 0 ? 1.0 : Math.round(1000.0 * understoodChars / contentChars) / 1000.0;
    }

    void merge(IdeaGraph other) {
        entities.addAll(other.entities);
        standalone.addAll(other.standalone);
        events.addAll(other.events);
        terms.addAll(other.terms);
        unrecognized.addAll(other.unrecognized);
        contentChars += other.contentChars;
        understoodChars += other.understoodChars;
    }

    @Override
    public String toString() {
        return "entities=" + entities + " events=" + events + " terms=" + terms.stream()
                .map(t -> (t.negated() ? "not " : "") + t.mention().concept().english()).toList();
    }
}
