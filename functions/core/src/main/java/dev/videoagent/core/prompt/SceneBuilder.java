package dev.videoagent.core.prompt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills slots from mentions, classifies the category, and fills still-empty slots from the
 * category's named defaults. What the person said always wins over a default; within a mutual
 * exclusion group (bright/dark, day/night) the first word the person wrote wins.
 */
final class SceneBuilder {

    static final List<String> CATEGORIES = List.of("people", "animals", "nature", "urban", "food", "vehicles",
            "sports", "fantasy", "space", "events", "abstract", "products");

    private static final Map<Slot, Integer> LIMITS = Map.ofEntries(
            Map.entry(Slot.SUBJECT, 3), Map.entry(Slot.ACTION, 2), Map.entry(Slot.MANNER, 1),
            Map.entry(Slot.PLACE, 2), Map.entry(Slot.TIME, 1), Map.entry(Slot.WEATHER, 2),
            Map.entry(Slot.SEASON, 1), Map.entry(Slot.LIGHTING, 2), Map.entry(Slot.MOOD, 2),
            Map.entry(Slot.COLOR, 3), Map.entry(Slot.SHOT, 1), Map.entry(Slot.ANGLE, 1),
            Map.entry(Slot.MOVEMENT, 2), Map.entry(Slot.SPEED, 1), Map.entry(Slot.STYLE, 2),
            Map.entry(Slot.QUALITY, 2));
    private static final Map<Slot, Integer> CATEGORY_WEIGHT = Map.of(Slot.SUBJECT, 4, Slot.ACTION, 2,
            Slot.PLACE, 2, Slot.STYLE, 2, Slot.SEASON, 2);
    private static final Map<String, String> KIND_CATEGORY = Map.of("person", "people", "animal", "animals",
            "creature", "fantasy", "vehicle", "vehicles", "food", "food", "object", "products", "plant", "nature",
            "phenomenon", "nature", "building", "urban");
    /** Slots a category default may fill, in the order they are considered. */
    private static final List<Slot> DEFAULTED = List.of(Slot.PLACE, Slot.LIGHTING, Slot.MOOD, Slot.COLOR,
            Slot.SHOT, Slot.MOVEMENT, Slot.STYLE, Slot.QUALITY);

    private final CategoryDefaults defaults;

    SceneBuilder(CategoryDefaults defaults) {
        this.defaults = defaults;
    }

    Scene build(List<Mention> mentions) {
        Scene scene = new Scene();
        Map<String, String> groups = new HashMap<>();
        List<Term> pendingModifiers = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            Concept concept = mention.concept();
            if (!admit(concept, groups, scene, mention)) {
                continue;
            }
            switch (concept.slot()) {
                case SUBJECT -> {
                    if (concept.kind().equals("bodypart")) {
                        bodyPart(scene, mention, i > 0 ? mentions.get(i - 1) : null);
                        continue;
                    }
                    if (scene.subjects.size() < LIMITS.get(Slot.SUBJECT)) {
                        scene.subjects.add(new Scene.Subject(Term.of(mention, Slot.SUBJECT),
                                List.copyOf(pendingModifiers), mention.plural(), Optional.empty()));
                    } else {
                        scene.dropped.add(TraceEntry.rule(concept.english(), "subject", "more than 3 subjects"));
                    }
                    pendingModifiers.clear();
                }
                case MODIFIER -> pendingModifiers.add(Term.of(mention, Slot.MODIFIER));
                case COLOR -> {
                    // a color right before a subject describes it; otherwise it sets the palette
                    if (nextIsSubject(mentions, i)) {
                        pendingModifiers.add(Term.of(mention, Slot.COLOR));
                    } else {
                        addLimited(scene, Term.of(mention, Slot.COLOR));
                    }
                }
                case ACTION -> {
                    if (scene.actions.size() < LIMITS.get(Slot.ACTION)) {
                        scene.actions.add(Term.of(mention, Slot.ACTION));
                    }
                }
                case PLACE -> {
                    if (concept.attributes().containsKey("name")) {
                        scene.names.add(Term.of(mention, Slot.PLACE));
                    } else {
                        addLimited(scene, Term.of(mention, Slot.PLACE));
                    }
                }
                default -> addLimited(scene, Term.of(mention, concept.slot()));
            }
        }
        attachLeftoverModifiers(scene, pendingModifiers);
        classify(scene, mentions);
        applyDefaults(scene, groups);
        return scene;
    }

    /**
     * A body part right after its owner is possessive ("고양이 눈" -> a cat's eyes); alone it is the
     * subject; next to other subjects it is left out rather than listed as a separate thing.
     */
    private static void bodyPart(Scene scene, Mention part, Mention previous) {
        if (previous != null && previous.concept().slot() == Slot.SUBJECT && !scene.subjects.isEmpty()) {
            Scene.Subject owner = scene.subjects.get(scene.subjects.size() - 1);
            scene.subjects.set(scene.subjects.size() - 1, new Scene.Subject(owner.noun(), owner.modifiers(),
                    owner.plural(), Optional.of(Term.of(part, Slot.SUBJECT))));
        } else if (scene.subjects.isEmpty()) {
            scene.subjects.add(new Scene.Subject(Term.of(part, Slot.SUBJECT), List.of(), part.plural(),
                    Optional.empty()));
        } else {
            scene.dropped.add(TraceEntry.rule(part.concept().english(), "subject", "body part of another subject"));
        }
    }

    /** Keeps the first value of each mutual-exclusion group; later contradicting words are dropped. */
    private static boolean admit(Concept concept, Map<String, String> groups, Scene scene, Mention mention) {
        Optional<String> group = concept.group();
        if (group.isEmpty()) {
            return true;
        }
        String value = concept.attributes().get("group");
        String existing = groups.putIfAbsent(group.get(), value);
        if (existing == null || existing.equals(value)) {
            return true;
        }
        scene.dropped.add(new TraceEntry(concept.english(), concept.slot().key(), "dropped",
                mention.words() + " (contradicts an earlier " + group.get() + " word)", concept.id()));
        return false;
    }

    private static boolean nextIsSubject(List<Mention> mentions, int index) {
        for (int j = index + 1; j < mentions.size(); j++) {
            Slot slot = mentions.get(j).concept().slot();
            if (slot == Slot.SUBJECT) {
                return true;
            }
            if (slot != Slot.MODIFIER && slot != Slot.COLOR) {
                return false;
            }
        }
        return false;
    }

    private static void addLimited(Scene scene, Term term) {
        List<Term> list = scene.get(term.slot());
        if (list.size() < LIMITS.getOrDefault(term.slot(), 1)) {
            list.add(term);
        } else {
            scene.dropped.add(TraceEntry.rule(term.text(), term.slot().key(), "slot already full"));
        }
    }

    /** Adjectives written after the last subject (or with none) describe the first subject. */
    private static void attachLeftoverModifiers(Scene scene, List<Term> leftovers) {
        if (leftovers.isEmpty()) {
            return;
        }
        if (scene.subjects.isEmpty()) {
            for (Term term : leftovers) {
                if (term.slot() == Slot.COLOR) {
                    addLimited(scene, term);
                } else {
                    scene.get(Slot.MODIFIER).add(term);
                }
            }
            return;
        }
        Scene.Subject first = scene.subjects.get(0);
        List<Term> modifiers = new ArrayList<>(first.modifiers());
        modifiers.addAll(leftovers);
        scene.subjects.set(0, new Scene.Subject(first.noun(), modifiers, first.plural(), first.part()));
    }

    private static void classify(Scene scene, List<Mention> mentions) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            Concept concept = mention.concept();
            String category = concept.hasCategory() ? concept.category()
                    : concept.slot() == Slot.SUBJECT ? KIND_CATEGORY.get(concept.kind()) : null;
            if (category != null && CATEGORIES.contains(category)) {
                votes.merge(category, CATEGORY_WEIGHT.getOrDefault(concept.slot(), 1), Integer::sum);
            }
        }
        int total = votes.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            scene.category = "abstract";
            scene.confidence = 0.2;
            return;
        }
        String best = null;
        int bestVotes = -1;
        for (String category : CATEGORIES) { // fixed order: ties resolve the same way every time
            int v = votes.getOrDefault(category, 0);
            if (v > bestVotes) {
                best = category;
                bestVotes = v;
            }
        }
        scene.category = best;
        // more evidence and less disagreement both raise confidence
        double share = (double) bestVotes / total;
        double evidence = Math.min(1.0, 0.5 + 0.1 * bestVotes);
        scene.confidence = Math.round(share * evidence * 100) / 100.0;
    }

    private void applyDefaults(Scene scene, Map<String, String> groups) {
        for (Slot slot : DEFAULTED) {
            boolean filled = slot == Slot.SHOT || slot == Slot.MOVEMENT ? scene.hasCamera()
                    : slot == Slot.PLACE ? scene.has(Slot.PLACE) || !scene.names.isEmpty() : scene.has(slot);
            if (filled || slot == Slot.PLACE && scene.subjects.isEmpty()) {
                continue;
            }
            for (CategoryDefaults.Default d : defaults.candidates(scene.category, slot)) {
                Concept concept = d.asConcept();
                Optional<String> group = concept.group();
                if (group.isPresent() && groups.containsKey(group.get())
                        && !groups.get(group.get()).equals(concept.attributes().get("group"))) {
                    continue;
                }
                if (blockedBy(d, groups)) {
                    continue;
                }
                scene.get(slot).add(Term.fallback(d.text(), slot, "default:" + d.name(), Optional.of(concept)));
                group.ifPresent(g -> groups.put(g, concept.attributes().get("group")));
                break;
            }
        }
    }

    /** {@code unless=precip} keeps "a sunlit meadow" out of a request that mentions snow or rain. */
    private static boolean blockedBy(CategoryDefaults.Default d, Map<String, String> groups) {
        String unless = d.attributes().get("unless");
        if (unless == null) {
            return false;
        }
        for (String group : unless.split(",")) {
            if (groups.containsKey(group.trim())) {
                return true;
            }
        }
        return false;
    }
}
