package dev.videoagent.core.engine.prompt.compose;

import dev.videoagent.core.engine.prompt.analysis.Entity;
import dev.videoagent.core.engine.prompt.analysis.Event;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.IdeaStructure;
import dev.videoagent.core.model.Slot;
import dev.videoagent.core.model.Target;
import dev.videoagent.core.model.TraceEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the prompt from the scene: first the head (the subjects with what describes them, their actions
 * with objects, instruments and places, then the settings), then the scene words in the order and shape of
 * the target model's preset ({@link TargetLayout}); the negative prompt holds common artifacts, what the
 * subjects make likely to go wrong, and everything the idea negates.
 */
public final class PromptComposer {

    private static final Set<String> HUMAN_ACTIVITY = Set.of("people", "sports", "food", "events");

    /** The written prompt, its negative prompt and everything the result reports about them. */
    public record Composition(String prompt, String negativePrompt, List<TraceEntry> trace, IdeaStructure structure,
                              Map<String, List<String>> slots, List<String> styles) {
    }

    Composition compose(Scene scene, Target target) {
        PhraseWriter writer = new PhraseWriter();
        String head = head(scene, writer);
        List<Term> tail = new ArrayList<>();
        for (Slot slot : TargetLayout.TAIL_ORDER) {
            tail.addAll(scene.get(slot));
        }
        if (isWeatherHead(scene) && !scene.get(Slot.WEATHER).isEmpty()) {
            tail.remove(scene.get(Slot.WEATHER).get(0));
        }
        for (Event event : scene.events) {
            // sunlight coming through a window: the light that acts is in the head, not again in the tail
            event.agent().filter(a -> a.head() != null && !a.head().concept().slot().isThing()).ifPresent(a ->
                    tail.removeIf(t -> t.concept().filter(c -> c.id().equals(a.head().concept().id())).isPresent()));
        }
        String motion = scene.events.isEmpty() ? "" : scene.facets.contains("energy:high") ? "high"
                : scene.facets.contains("energy:low") ? "low" : "";
        TargetLayout.Written written = TargetLayout.of(target).write(head, tail, motion);
        List<TraceEntry> trace = new ArrayList<>(writer.trace);
        trace.addAll(written.trace());
        List<String> negated = new ArrayList<>();
        for (Scene.Negation n : scene.negated) {
            if (!negated.contains(n.text())) {
                negated.add(n.text());
                trace.add(new TraceEntry(n.text(), "negative", TraceEntry.Source.NEGATED, n.words(), n.conceptId(),
                        "negative prompt"));
            }
        }
        trace.addAll(scene.dropped);
        IdeaStructure structure = new IdeaStructure(writer.subjects, writer.objects, writer.actions, writer.settings,
                negated);
        return new Composition(written.prompt(), NegativePrompts.build(scene, negated), List.copyOf(trace), structure,
                slots(scene, writer), styles(scene));
    }

    private static boolean isWeatherHead(Scene scene) {
        return scene.isEmptyOfThings() && scene.has(Slot.WEATHER);
    }

    private String head(Scene scene, PhraseWriter writer) {
        List<String> clauses = new ArrayList<>();
        writer.events(scene.events);
        for (Entity subject : scene.subjects) {
            if (writer.wasWritten(subject)) {
                continue;
            }
            clauses.add(subjectClause(subject, scene, writer));
        }
        for (Event event : scene.events) {
            if (writer.used(event)) {
                continue;
            }
            writer.use(event);
            if (event.passive() && event.object().isPresent() && !writer.wasWritten(event.object().get())) {
                // paint being splashed: what the action happens to leads the phrase
                String np = writer.group(event.object().get(), "subject", true);
                clauses.add(np + " " + writer.action(event, null, false));
            } else {
                Concept verb = event.action().concept();
                boolean human = HUMAN_ACTIVITY.contains(verb.category()) || verb.takesObject()
                        || event.instrument().isPresent();
                String implicit = human ? "a person" : "a scene of";
                writer.trace.add(TraceEntry.fallback(human ? "person" : "scene", Slot.SUBJECT, "default:implicit-subject"));
                clauses.add(implicit + " " + writer.action(event, human ? "person" : null, true));
            }
        }
        StringBuilder head = new StringBuilder(PhraseWriter.join(clauses));
        boolean first = head.length() == 0;
        for (Entity setting : scene.settings) {
            if (writer.wasWritten(setting)) {
                continue;
            }
            String place = writer.noun(setting, "setting", new ArrayList<>());
            if (first) {
                head.append(Character.isUpperCase(place.charAt(0)) ? "a view of " + place : place);
                first = false;
            } else {
                String prep = setting.relation().orElse(setting.head().concept().attribute("prep").orElse("in"));
                boolean said = head.toString().endsWith(" " + prep); // speeding along (along) the tracks
                head.append(said ? "" : " " + prep).append(' ').append(place);
            }
            writer.settings.add(place);
        }
        if (head.length() == 0) {
            if (scene.has(Slot.WEATHER)) {
                Term weather = scene.get(Slot.WEATHER).get(0);
                head.append(weather.text());
                writer.trace.add(weather.trace());
            } else {
                head.append("an abstract scene");
                writer.trace.add(TraceEntry.fallback("abstract scene", Slot.SUBJECT, "default:implicit-subject"));
            }
        }
        return head.toString();
    }

    /** "a bride wearing a white dress and a groom wearing a black tuxedo dancing": own actions, then shared. */
    private static String subjectClause(Entity subject, Scene scene, PhraseWriter writer) {
        List<String> members = new ArrayList<>();
        for (Entity member : subject.withConjuncts()) {
            if (member.negated()) {
                continue;
            }
            StringBuilder text = new StringBuilder(writer.noun(member, "subject", writer.subjects));
            List<String> own = new ArrayList<>();
            for (Event event : scene.events) {
                if (!writer.used(event) && !event.shared() && event.agent().filter(a -> a == member).isPresent()) {
                    writer.use(event);
                    own.add(writer.action(event, member.head().concept().english(), true));
                }
            }
            if (!own.isEmpty()) {
                text.append(' ').append(String.join(" and ", own));
            }
            members.add(text.toString());
        }
        List<String> shared = new ArrayList<>();
        for (Event event : scene.events) {
            if (!writer.used(event) && event.agent().filter(a -> a == subject).isPresent()) {
                writer.use(event);
                shared.add(writer.action(event, subject.head().concept().english(), true));
            }
        }
        String group = PhraseWriter.join(members);
        return shared.isEmpty() ? group : group + " " + String.join(" and ", shared);
    }

    private static Map<String, List<String>> slots(Scene scene, PhraseWriter writer) {
        Map<String, List<String>> slots = new LinkedHashMap<>();
        slots.put("subject", things(writer.subjects));
        slots.put("object", things(writer.objects));
        List<String> actions = new ArrayList<>();
        writer.actions.forEach(a -> actions.add(a.verb()));
        slots.put("action", actions);
        slots.put("setting", List.copyOf(writer.settings));
        for (Slot slot : List.of(Slot.TIME, Slot.WEATHER, Slot.SEASON, Slot.LIGHTING, Slot.MOOD, Slot.COLOR,
                Slot.STYLE)) {
            slots.put(slot.key(), texts(scene.get(slot)));
        }
        List<String> camera = new ArrayList<>();
        for (Slot slot : List.of(Slot.SHOT, Slot.ANGLE, Slot.LENS, Slot.MOVEMENT, Slot.SPEED)) {
            camera.addAll(texts(scene.get(slot)));
        }
        slots.put("camera", camera);
        slots.put("quality", texts(scene.get(Slot.QUALITY)));
        return slots;
    }

    private static List<String> things(List<IdeaStructure.Thing> things) {
        List<String> out = new ArrayList<>();
        for (IdeaStructure.Thing thing : things) {
            List<String> words = new ArrayList<>(thing.modifiers());
            words.add(thing.noun());
            out.add(String.join(" ", words));
        }
        return out;
    }

    private static List<String> styles(Scene scene) {
        List<String> styles = new ArrayList<>(texts(scene.get(Slot.STYLE)));
        scene.get(Slot.MOOD).forEach(t -> styles.add(t.text()));
        return styles;
    }

    private static List<String> texts(List<Term> terms) {
        return terms.stream().map(Term::text).toList();
    }
}
