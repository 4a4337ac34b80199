package dev.videoagent.core.engine.render;

import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.model.Backdrop;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Figure;
import dev.videoagent.core.model.FigureMotion;
import dev.videoagent.core.model.SceneFigure;
import dev.videoagent.core.model.TraceEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who and where, from the prompt's analysis: the backdrop of its place, and a figure for each of its first
 * {@value #MAX_FIGURES} subjects and objects, moved by the action that attaches to it and coloured or sized by
 * the modifiers that do ({@code relation} "action of X", "modifier of X" in the trace).
 */
final class SceneCast {

    static final int MAX_FIGURES = 3;
    private static final double SMALL = 0.65;
    private static final double LARGE = 1.5;

    /** The backdrop and figures of a prompt; what was not found is the open land and no figures. */
    record Cast(Backdrop backdrop, List<SceneFigure> figures) {
    }

    private final Lexicon lexicon;
    private final SceneGrammar grammar;

    SceneCast(Lexicon lexicon, SceneGrammar grammar) {
        this.lexicon = lexicon;
        this.grammar = grammar;
    }

    Cast of(List<TraceEntry> trace) {
        Backdrop backdrop = null;
        Map<String, Figure> figures = new LinkedHashMap<>(); // by the term the trace names it with
        List<FigureMotion> anyAction = new ArrayList<>();
        for (TraceEntry entry : trace) {
            Optional<Concept> concept = concept(entry);
            if (concept.isEmpty()) {
                continue;
            }
            Concept c = concept.get();
            switch (entry.slot() == null ? "" : entry.slot()) {
                case "place" -> {
                    if (backdrop == null) {
                        backdrop = grammar.backdrop(c).orElse(null);
                    }
                }
                case "subject" -> {
                    // a subject always gets a figure (its kind's if no word names one); a thing it holds or wears
                    // only when the grammar names it, so a scarf is no box beside the puppy
                    boolean subject = entry.relation() == null || entry.relation().equals("subject");
                    if (figures.size() < MAX_FIGURES && !figures.containsKey(entry.term())
                            && !c.kind().equals("phenomenon") && !c.kind().equals("bodypart")) {
                        (subject ? grammar.figure(c) : grammar.namedFigure(c)).ifPresent(f -> figures.put(entry.term(), f));
                    }
                }
                case "action" -> grammar.motion(c).ifPresent(anyAction::add);
                default -> {
                }
            }
        }
        List<SceneFigure> cast = new ArrayList<>();
        for (Map.Entry<String, Figure> figure : figures.entrySet()) {
            String term = figure.getKey();
            FigureMotion motion = attached(trace, "action of " + term, "action").flatMap(grammar::motion)
                    // one figure and one action: the action is its, even when the trace does not say so
                    .or(() -> figures.size() == 1 && anyAction.size() == 1 ? Optional.of(anyAction.get(0)) : Optional.empty())
                    .orElse(figure.getValue().naturalMotion());
            Optional<Integer> color = attached(trace, "modifier of " + term, "color")
                    .flatMap(c -> c.attribute("rgb")).map(RenderPlanner::parseRgb);
            double scale = attached(trace, "modifier of " + term, "modifier").flatMap(c -> c.attribute("group"))
                    .map(g -> g.equals("size:small") ? SMALL : g.equals("size:large") ? LARGE : 1.0).orElse(1.0);
            cast.add(new SceneFigure(figure.getValue(), motion, color, scale));
        }
        return new Cast(backdrop == null ? Backdrop.OPEN_LAND : backdrop, cast);
    }

    /** The first concept of {@code slot} whose relation is {@code relation}. */
    private Optional<Concept> attached(List<TraceEntry> trace, String relation, String slot) {
        for (TraceEntry entry : trace) {
            if (relation.equals(entry.relation())) {
                Optional<Concept> c = concept(entry).filter(x -> x.slot().key().equals(slot)
                        || (slot.equals("modifier") && x.attribute("group").filter(g -> g.startsWith("size:")).isPresent()));
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Concept> concept(TraceEntry entry) {
        if (entry.conceptId() == null || entry.source() == TraceEntry.Source.DROPPED
                || entry.source() == TraceEntry.Source.NEGATED) {
            return Optional.empty();
        }
        return lexicon.byId(entry.conceptId());
    }
}
