package dev.videoagent.core.prompt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fills slots from mentions, classifies the category, and fills still-empty slots from the
 * category's named defaults. What the person said always wins over a default; within a mutual
 * exclusion group (bright/dark, day/night) the first word the person wrote wins.
 */
final class SceneBuilder {

    static final List<String> CATEGORIES = List.of("people", "animals", "nature", "urban", "food", "vehicles",
            "sports", "fantasy", "space", "events", "abstract", "products");

    private static final Map<Slot, Integer> LIMITS = Map.ofEntries(
            Map.entry(Slot.SUBJECT, 3), Map.entry(Slot.ACTION, 3), Map.entry(Slot.MANNER, 1),
            Map.entry(Slot.PLACE, 3), Map.entry(Slot.TIME, 1), Map.entry(Slot.WEATHER, 2),
            Map.entry(Slot.SEASON, 1), Map.entry(Slot.LIGHTING, 2), Map.entry(Slot.MOOD, 2),
            Map.entry(Slot.COLOR, 3), Map.entry(Slot.SHOT, 1), Map.entry(Slot.ANGLE, 1),
            Map.entry(Slot.MOVEMENT, 2), Map.entry(Slot.SPEED, 1), Map.entry(Slot.STYLE, 3),
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
        Mention pendingPart = null;
        List<Term> partModifiers = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            Concept concept = mention.concept();
            if (!admit(concept, groups, scene, mention)) {
                continue;
            }
            if (isBabyBefore(mentions, i)) {
                // 아기 고양이 is a kitten, not a baby and a cat
                pendingModifiers.add(new Term("baby", Slot.MODIFIER, Optional.of(concept),
                        TraceEntry.input("baby", Slot.MODIFIER, mention.words(), concept.id())));
                continue;
            }
            switch (concept.slot()) {
                case SUBJECT -> {
                    if (mention.object() && !concept.kind().equals("bodypart") && scene.objects.size() < 2
                            && (!scene.subjects.isEmpty() || laterSubject(mentions, i))) {
                        scene.objects.add(objectTerm(mention));
                        continue;
                    }
                    if (mention.locative().isPresent() && (!scene.subjects.isEmpty() || laterSubject(mentions, i))) {
                        // "용이 성 위를 나는": the castle is where the dragon flies, not a second subject
                        addLimited(scene, asPlace(mention));
                        continue;
                    }
                    if (concept.kind().equals("bodypart")) {
                        Mention previous = i > 0 ? mentions.get(i - 1) : null;
                        if (previous != null && previous.concept().slot() == Slot.SUBJECT && !scene.subjects.isEmpty()) {
                            attachPart(scene, scene.subjects.size() - 1, part(mention, List.of()), true);
                        } else if (scene.subjects.isEmpty() && pendingPart == null) {
                            pendingPart = mention;
                        } else {
                            scene.dropped.add(TraceEntry.rule(concept.english(), "subject", "body part of another subject"));
                        }
                        continue;
                    }
                    if (scene.subjects.size() < LIMITS.get(Slot.SUBJECT)) {
                        scene.subjects.add(new Scene.Subject(Term.of(mention, Slot.SUBJECT),
                                List.copyOf(pendingModifiers), mention.plural()));
                        if (pendingPart != null) {
                            attachPart(scene, scene.subjects.size() - 1, part(pendingPart, partModifiers), false);
                            pendingPart = null;
                            partModifiers.clear();
                        }
                    } else {
                        scene.dropped.add(TraceEntry.rule(concept.english(), "subject", "more than 3 subjects"));
                    }
                    pendingModifiers.clear();
                }
                case MODIFIER -> (pendingPart != null ? partModifiers : pendingModifiers)
                        .add(Term.of(mention, Slot.MODIFIER));
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
        if (pendingPart != null) { // a body part with no owner is the subject itself
            scene.subjects.add(new Scene.Subject(Term.of(pendingPart, Slot.SUBJECT), List.copyOf(partModifiers), true));
        }
        attachLeftoverModifiers(scene, pendingModifiers);
        absorbWeatherVerbs(scene);
        dropVerbsWithoutObject(scene);
        resolveRiding(scene);
        dropMannerBeforeAdverb(scene);
        classify(scene, mentions);
        applyDefaults(scene, groups);
        trimAroundBeforePlace(scene);
        return scene;
    }

    private static boolean isBabyBefore(List<Mention> mentions, int i) {
        if (!mentions.get(i).concept().id().equals("person.baby") || i + 1 >= mentions.size()) {
            return false;
        }
        Concept next = mentions.get(i + 1).concept();
        return next.slot() == Slot.SUBJECT && (next.kind().equals("animal") || next.kind().equals("creature"));
    }

    static final String RIDE = "action.ride";

    /** "playfully running" already says how: a second adverb ("excitedly") would stack. */
    private static void dropMannerBeforeAdverb(Scene scene) {
        if (scene.actions.isEmpty() || !scene.has(Slot.MANNER)) {
            return;
        }
        String first = scene.actions.get(0).text().split(" ")[0];
        if (first.endsWith("ly")) {
            for (Term manner : scene.get(Slot.MANNER)) {
                scene.dropped.add(TraceEntry.rule(manner.text(), "manner", "the action already says how"));
            }
            scene.get(Slot.MANNER).clear();
        }
    }

    /**
     * 타다 after an activity noun repeats it ("스케이트보드를 타는" = skateboarding); with a vehicle
     * and nobody on it, a person rides the vehicle ("롤러코스터 타기" = a person riding a roller coaster).
     */
    private static void resolveRiding(Scene scene) {
        boolean riding = scene.actions.stream().anyMatch(SceneBuilder::isRide);
        if (!riding) {
            return;
        }
        // a vehicle named next to a rider is what is ridden: 자전거 타는 아이 = a child riding a bicycle
        boolean hasRider = scene.subjects.stream().anyMatch(s -> !isVehicle(s.noun()));
        for (int i = scene.subjects.size() - 1; i >= 0; i--) {
            Scene.Subject subject = scene.subjects.get(i);
            if (isVehicle(subject.noun()) && (hasRider || scene.subjects.size() == 1) && scene.objects.isEmpty()) {
                scene.subjects.remove(i);
                Concept c = subject.noun().concept().orElseThrow();
                String phrase = PromptComposer.article(c.english()) + c.english();
                scene.objects.add(new Term(phrase, Slot.SUBJECT, subject.noun().concept(),
                        TraceEntry.input(phrase, Slot.SUBJECT, subject.noun().trace().from(), c.id())));
            }
        }
        if (!scene.objects.isEmpty()) {
            // riding a horse across a meadow: the other verbs (달리는) describe the ride
            scene.actions.removeIf(a -> {
                boolean other = !isRide(a);
                if (other) {
                    scene.dropped.add(TraceEntry.rule(a.text(), "action", "part of the ride"));
                }
                return other;
            });
        } else if (scene.actions.size() > 1) {
            // 스케이트보드를 타는 = skateboarding: 타다 only repeats the activity
            scene.actions.removeIf(SceneBuilder::isRide);
            scene.dropped.add(TraceEntry.rule("riding", "action", "said by the other action"));
        }
    }

    private static boolean isRide(Term action) {
        return action.concept().map(c -> c.id().equals(RIDE)).orElse(false);
    }

    private static boolean isVehicle(Term noun) {
        return noun.concept().map(c -> c.kind().equals("vehicle")).orElse(false);
    }

    /** "만들다" alone ("영상 만들어줘" = make me a video) says nothing; with an object it is "making a snowman". */
    private static void dropVerbsWithoutObject(Scene scene) {
        if (!scene.objects.isEmpty()) {
            return;
        }
        scene.actions.removeIf(action -> {
            boolean needsObject = action.concept().map(c -> "object".equals(c.attributes().get("needs")))
                    .orElse(false);
            if (needsObject) {
                scene.dropped.add(TraceEntry.rule(action.text(), "action", "verb without an object"));
            }
            return needsObject;
        });
    }

    private static boolean laterSubject(List<Mention> mentions, int index) {
        for (int j = index + 1; j < mentions.size(); j++) {
            Mention later = mentions.get(j);
            if (later.concept().slot() == Slot.SUBJECT && !later.object() && later.locative().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static Term objectTerm(Mention mention) {
        Concept c = mention.concept();
        String noun = mention.plural() ? PromptComposer.plural(c) : c.english();
        boolean bare = mention.plural() || c.isProper() || c.english().equals(c.attributes().get("plural"))
                || c.attributes().containsKey("mass")
                || c.kind().equals("food") && !c.english().contains(" ");
        String phrase = bare ? noun : PromptComposer.article(noun) + noun;
        return new Term(phrase, Slot.SUBJECT, Optional.of(c), TraceEntry.input(phrase, Slot.SUBJECT, mention.words(),
                c.id()));
    }

    private static Term asPlace(Mention mention) {
        Concept c = mention.concept();
        String phrase = c.isProper() ? c.english() : PromptComposer.article(c.english()) + c.english();
        Concept place = new Concept(c.id(), Slot.PLACE, phrase, c.korean(), c.englishAliases(), c.category(),
                Map.of("prep", mention.locative().orElse("near")));
        return new Term(phrase, Slot.PLACE, Optional.of(place), TraceEntry.input(phrase, Slot.PLACE, mention.words(),
                c.id()));
    }

    /** Korean verbs that only say the weather is happening ("눈이 내리는"): the weather phrase says it. */
    private static final Set<String> WEATHER_VERBS = Set.of("내리다", "오다", "쏟아지다", "쌓이다", "날리다", "흩날리다",
            "불다", "몰아치다", "그치다");

    private static void absorbWeatherVerbs(Scene scene) {
        if (!scene.has(Slot.WEATHER) || !scene.subjects.isEmpty()) {
            return;
        }
        scene.actions.removeIf(action -> {
            boolean weatherVerb = action.concept()
                    .map(c -> c.korean().stream().anyMatch(WEATHER_VERBS::contains)).orElse(false);
            if (weatherVerb) {
                scene.dropped.add(TraceEntry.rule(action.text(), "action", "said by the weather phrase"));
            }
            return weatherVerb;
        });
    }

    /** "big eyes": the part in the plural with its own adjectives. */
    private static Term part(Mention mention, List<Term> modifiers) {
        Concept c = mention.concept();
        StringBuilder text = new StringBuilder();
        modifiers.forEach(m -> text.append(m.text()).append(' '));
        text.append(PromptComposer.plural(c));
        return new Term(text.toString(), Slot.SUBJECT, Optional.of(c),
                TraceEntry.input(text.toString(), Slot.SUBJECT, mention.words(), c.id()));
    }

    private static void attachPart(Scene scene, int index, Term part, boolean possessive) {
        Scene.Subject owner = scene.subjects.get(index);
        scene.subjects.set(index, new Scene.Subject(owner.noun(), owner.modifiers(), owner.plural(),
                Optional.of(part), possessive));
    }

    /** "running around across a meadow" reads badly: with a place, "around" goes. */
    private static void trimAroundBeforePlace(Scene scene) {
        if (!scene.has(Slot.PLACE) || scene.actions.isEmpty()) {
            return;
        }
        Term last = scene.actions.get(scene.actions.size() - 1);
        if (last.text().endsWith(" around")) {
            String text = last.text().substring(0, last.text().length() - 7);
            TraceEntry trace = last.trace();
            scene.actions.set(scene.actions.size() - 1, new Term(text, last.slot(), last.concept(),
                    new TraceEntry(text, trace.slot(), trace.source(), trace.from(), trace.conceptId())));
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
        scene.subjects.set(0, new Scene.Subject(first.noun(), modifiers, first.plural(), first.part(),
                first.possessive()));
    }

    private static void classify(Scene scene, List<Mention> mentions) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (isBabyBefore(mentions, i)) {
                continue; // it describes the animal after it
            }
            Concept concept = mentions.get(i).concept();
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
                if (blockedBy(d, groups) || !requirementMet(d, scene)) {
                    continue;
                }
                scene.get(slot).add(Term.fallback(d.text(), slot, "default:" + d.name(), Optional.of(concept)));
                group.ifPresent(g -> groups.put(g, concept.attributes().get("group")));
                break;
            }
        }
    }

    /** {@code requires=energy:high}: "a sunlit meadow" suits a running puppy, not a sleeping kitten. */
    private static boolean requirementMet(CategoryDefaults.Default d, Scene scene) {
        String requires = d.attributes().get("requires");
        if (requires == null) {
            return true;
        }
        String[] kv = requires.split(":", 2);
        return scene.actions.stream().flatMap(a -> a.concept().stream())
                .anyMatch(c -> kv[1].equals(c.attributes().get(kv[0])));
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
