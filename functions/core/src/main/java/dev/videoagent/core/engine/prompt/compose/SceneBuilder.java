package dev.videoagent.core.engine.prompt.compose;

import dev.videoagent.core.engine.prompt.analysis.Entity;
import dev.videoagent.core.engine.prompt.analysis.Event;
import dev.videoagent.core.engine.prompt.analysis.IdeaGraph;
import dev.videoagent.core.engine.prompt.analysis.Mention;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import dev.videoagent.core.model.TraceEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses what the prompt shows from what the reader understood: the doers of the actions and the
 * things that stand alone are the subjects; places that stand alone are the settings; scene words fill
 * their slots, where within a mutual-exclusion group (bright/dark, day/night) the first word the person
 * wrote wins; everything the idea negates goes to the negative prompt and nowhere else. The category is
 * left to {@link SceneCategory}.
 */
final class SceneBuilder {

    private static final Map<Slot, Integer> LIMITS = Map.ofEntries(Map.entry(Slot.TIME, 1), Map.entry(Slot.WEATHER, 2),
            Map.entry(Slot.SEASON, 1), Map.entry(Slot.LIGHTING, 2), Map.entry(Slot.MOOD, 2), Map.entry(Slot.COLOR, 3),
            Map.entry(Slot.SHOT, 1), Map.entry(Slot.ANGLE, 1), Map.entry(Slot.LENS, 1), Map.entry(Slot.MOVEMENT, 2),
            Map.entry(Slot.SPEED, 1), Map.entry(Slot.STYLE, 3), Map.entry(Slot.QUALITY, 2), Map.entry(Slot.MODIFIER, 3));
    private static final int MAX_SUBJECTS = 3;
    private static final int MAX_EVENTS = 3;
    /** What a place gets when the idea says no people or cars are in it. */
    private static final Concept EMPTY = new Concept("mod.empty", Slot.MODIFIER, "empty", List.of(), List.of(), "-",
            Map.of());

    Scene build(IdeaGraph graph) {
        Scene scene = new Scene();
        Map<String, String> groups = new HashMap<>();
        // 바람이 안 불어서: the wind that does not blow is not there, also as a scene word
        java.util.Set<String> gone = new java.util.HashSet<>();
        graph.events().forEach(e -> e.absentWhenNegated().ifPresent(a -> gone.add(a.head().concept().id())));
        graph.terms().stream().filter(IdeaGraph.SceneTerm::negated).forEach(t -> gone.add(t.mention().concept().id()));
        for (IdeaGraph.SceneTerm term : graph.terms()) {
            Mention m = term.mention();
            if (term.negated() || gone.contains(m.concept().id())) {
                scene.negated.add(new Scene.Negation(Phrases.nounWord(m.concept()), m.words(), m.concept().id()));
            } else if (admit(m, groups, scene)) {
                addLimited(scene, Term.of(m));
            }
        }
        for (Event event : graph.events()) {
            if (event.negated()) {
                Optional<Entity> absent = event.absentWhenNegated();
                if (absent.isPresent()) { // no smoke, no umbrella: the thing is what the idea says is not there
                    scene.negated.add(new Scene.Negation(Phrases.negatedNoun(absent.get()), absent.get().head().words(),
                            absent.get().head().concept().id()));
                } else {
                    scene.negated.add(new Scene.Negation(event.action().concept().english(), event.action().words(),
                            event.action().concept().id()));
                }
                event.agent().filter(a -> absent.filter(x -> x == a).isEmpty()).ifPresent(a -> addSubject(scene, a));
            } else if (scene.events.size() < MAX_EVENTS) {
                scene.events.add(event);
                event.agent().ifPresent(agent -> addSubject(scene, agent));
            } else {
                scene.dropped.add(TraceEntry.dropped(event.action().concept().english(), "action", "more than "
                        + MAX_EVENTS + " actions", event.action().concept().id()));
            }
        }
        mergeRides(scene);
        // a hand or a knee is shown on its own only when nothing else is (손 클로즈업)
        boolean alone = graph.events().isEmpty() && graph.standalone().stream().filter(e -> e.head() != null
                && e.head().concept().slot().isThing()).count() <= 1;
        for (Entity entity : graph.standalone()) {
            standalone(scene, entity, groups, alone);
        }
        for (Entity entity : graph.entities()) {
            if (entity.negated()) {
                scene.negated.add(new Scene.Negation(Phrases.negatedNoun(entity), entity.head().words(),
                        entity.head().concept().id()));
                for (Event.Location where : entity.locations()) {
                    // no cars on the highway: the highway is still there, only empty
                    if (!where.place().negated() && !graph.standalone().contains(where.place())) {
                        standalone(scene, where.place(), groups, true);
                    }
                }
            }
        }
        scene.subjects.sort((a, b) -> Integer.compare(a.head().start(), b.head().start()));
        emptyPlaces(graph, scene);
        negatedFacets(graph, scene);
        attachLeftoverModifiers(scene);
        collectFacets(scene);
        SceneCategory.classify(scene);
        return scene;
    }

    /**
     * 자전거를 타고 강변을 달리는: riding is how the movement happens, so "riding a bicycle along the river",
     * not "riding and running". A movement verb of the same doer joins the ride ({@code conveys=},
     * {@code motion=} in the lexicon) and gives it its places and manner.
     */
    private static void mergeRides(Scene scene) {
        for (Event ride : List.copyOf(scene.events)) {
            if (!ride.action().concept().attributes().containsKey("conveys") || ride.object().isEmpty()
                    || ride.agent().isEmpty()) {
                continue;
            }
            for (Event other : List.copyOf(scene.events)) {
                if (other != ride && other.agent().equals(ride.agent())
                        && other.action().concept().attributes().containsKey("motion") && other.object().isEmpty()) {
                    ride.places().addAll(other.places());
                    ride.manners().addAll(other.manners());
                    scene.events.remove(other);
                    scene.dropped.add(TraceEntry.dropped(other.action().concept().english(), "action",
                            "said by the ride", other.action().concept().id()));
                }
            }
        }
    }

    /** A place the idea says has no people or cars in it is shown empty (positive wording for the model). */
    private static void emptyPlaces(IdeaGraph graph, Scene scene) {
        boolean nobody = graph.entities().stream().anyMatch(e -> e.negated() && e.head() != null
                && List.of("person", "vehicle").contains(e.head().concept().kind()));
        if (!nobody || scene.settings.isEmpty() || !scene.subjects.isEmpty()) {
            return;
        }
        Entity place = scene.settings.get(0);
        if (place.modifiers().stream().noneMatch(m -> m.concept().id().equals(EMPTY.id()))) {
            place.modifiers().add(0, new Mention(EMPTY, place.head().words(), place.head().start(), place.head().end()));
        }
    }

    private static void negatedFacets(IdeaGraph graph, Scene scene) {
        List<Concept> negated = new ArrayList<>();
        graph.terms().stream().filter(IdeaGraph.SceneTerm::negated).forEach(t -> negated.add(t.mention().concept()));
        graph.entities().stream().filter(Entity::negated).forEach(e -> negated.add(e.head().concept()));
        for (Concept c : negated) {
            for (String facet : c.facets()) {
                if (facet.startsWith("light:") || facet.startsWith("weather:") || facet.startsWith("mood:")) {
                    scene.negatedFacets.add(facet);
                }
            }
        }
    }

    private void standalone(Scene scene, Entity entity, Map<String, String> groups, boolean alone) {
        if (entity.negated() || entity.head() == null || entity.isTheCamera()) {
            return;
        }
        Concept c = entity.head().concept();
        if (c.slot() == Slot.SUBJECT && c.kind().equals("bodypart") && !alone && entity.states().isEmpty()
                && entity.modifiers().isEmpty()) {
            // 눈이 무릎까지 쌓인: a bare knee among other things is how deep, not what is shown (밀가루 묻은 손 is)
            return;
        }
        if (c.slot() == Slot.SUBJECT) {
            addSubject(scene, entity);
        } else if (c.slot() == Slot.PLACE) {
            if (!scene.settings.contains(entity)) {
                scene.settings.add(entity);
            }
        } else if (c.slot() == Slot.ACTION) {
            boolean said = scene.events.stream().anyMatch(e -> e.action().concept().id().equals(c.id()));
            if (!said && scene.events.size() < MAX_EVENTS) {
                scene.events.add(new Event(entity.head())); // 생일 파티: the activity, unless an action says it
            }
        } else if (scene.negated.stream().noneMatch(n -> c.id().equals(n.conceptId()))
                && admit(entity.head(), groups, scene)) {
            addLimited(scene, Term.of(entity.head())); // a scene word the idea also negates is not there
        }
    }

    private static void addSubject(Scene scene, Entity entity) {
        if (entity.negated() || entity.head() == null || scene.subjects.contains(entity)) {
            return;
        }
        if (entity.head().concept().slot() == Slot.PLACE) {
            if (!scene.settings.contains(entity)) {
                scene.settings.add(entity);
            }
            return;
        }
        if (scene.subjects.size() < MAX_SUBJECTS) {
            scene.subjects.add(entity);
        } else {
            scene.dropped.add(TraceEntry.dropped(entity.head().concept().english(), "subject",
                    "more than " + MAX_SUBJECTS + " subjects", entity.head().concept().id()));
        }
    }

    /** Within a mutual-exclusion group the first word the person wrote wins; later ones are reported. */
    private static boolean admit(Mention mention, Map<String, String> groups, Scene scene) {
        Concept c = mention.concept();
        String value = c.attributes().get("group");
        if (value == null) {
            return true;
        }
        String group = value.contains(":") ? value.substring(0, value.indexOf(':')) : value;
        String existing = groups.putIfAbsent(group, value);
        if (existing == null || existing.equals(value)) {
            return true;
        }
        scene.dropped.add(new TraceEntry(c.english(), c.slot().key(), TraceEntry.Source.DROPPED,
                mention.words() + " (contradicts an earlier " + group + " word)", c.id()));
        return false;
    }

    private static void addLimited(Scene scene, Term term) {
        List<Term> list = scene.get(term.slot());
        if (list.stream().anyMatch(t -> t.text().equals(term.text()))) {
            return;
        }
        if (list.size() < LIMITS.getOrDefault(term.slot(), 1)) {
            list.add(term);
        } else {
            scene.dropped.add(TraceEntry.dropped(term.text(), term.slot().key(), "slot already full",
                    term.concept().map(Concept::id).orElse(null)));
        }
    }

    /** Adjectives that describe no noun ("밝고 귀여운 영상") describe the first subject. */
    private static void attachLeftoverModifiers(Scene scene) {
        List<Term> leftovers = new ArrayList<>();
        for (Slot slot : List.of(Slot.MODIFIER, Slot.COLOR, Slot.STATE, Slot.MANNER)) {
            List<Term> terms = scene.terms.remove(slot);
            if (terms != null && slot != Slot.COLOR && slot != Slot.MANNER) {
                leftovers.addAll(terms);
            } else if (terms != null && slot == Slot.COLOR) {
                scene.terms.put(slot, terms); // a color with no noun sets the palette
            }
        }
        if (leftovers.isEmpty()) {
            return;
        }
        if (scene.subjects.isEmpty()) {
            for (Term term : leftovers) {
                scene.dropped.add(TraceEntry.dropped(term.text(), "modifier", "describes nothing in the idea",
                        term.concept().map(Concept::id).orElse(null)));
            }
            return;
        }
        Entity first = scene.subjects.get(0);
        for (Term term : leftovers) {
            Concept c = term.concept().orElseThrow();
            Mention m = new Mention(c, term.trace().from(), first.head().start(), first.head().end());
            if (c.slot() == Slot.STATE) {
                first.states().add(new Entity.State(m, null, c.attribute("with").orElse("with")));
            } else {
                first.modifiers().add(m);
            }
        }
    }

    private static void collectFacets(Scene scene) {
        for (Concept c : Phrases.concepts(scene)) {
            scene.facets.addAll(c.facets());
            if (c.slot() == Slot.PLACE && c.category().equals("urban")) {
                scene.facets.add("setting:urban"); // a street, a station, a rooftop: city lights at night
            }
        }
        if (!scene.subjects.isEmpty()) {
            String kind = scene.subjects.get(0).head().concept().kind();
            if (!kind.isEmpty()) {
                scene.facets.add("kind:" + kind);
            }
        }
    }

    static List<Entity> expand(List<Entity> entities) {
        List<Entity> all = new ArrayList<>();
        entities.forEach(e -> all.addAll(e.withConjuncts()));
        return all;
    }
}
