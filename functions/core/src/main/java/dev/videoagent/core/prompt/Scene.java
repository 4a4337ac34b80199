package dev.videoagent.core.prompt;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The filled slots of one request, before composition. */
final class Scene {

    /**
     * A subject with the adjectives and colors that describe it, and a body part shown of it:
     * possessive when written after the subject (고양이 눈 -> a cat's eyes), else "with" (눈이 큰 고양이 ->
     * a cat with big eyes).
     */
    record Subject(Term noun, List<Term> modifiers, boolean plural, Optional<Term> part, boolean possessive) {

        Subject(Term noun, List<Term> modifiers, boolean plural) {
            this(noun, modifiers, plural, Optional.empty(), false);
        }
    }

    final List<Subject> subjects = new ArrayList<>();
    final List<Term> actions = new ArrayList<>();
    /** What the action is done to: "making kimchi", "catching a frisbee". */
    final List<Term> objects = new ArrayList<>();
    final List<Term> names = new ArrayList<>();
    final Map<Slot, List<Term>> terms = new EnumMap<>(Slot.class);
    final List<TraceEntry> dropped = new ArrayList<>();
    String category = "abstract";
    double confidence;

    List<Term> get(Slot slot) {
        return terms.computeIfAbsent(slot, s -> new ArrayList<>());
    }

    boolean has(Slot slot) {
        return !terms.getOrDefault(slot, List.of()).isEmpty();
    }

    boolean hasCamera() {
        return has(Slot.SHOT) || has(Slot.ANGLE) || has(Slot.MOVEMENT) || has(Slot.SPEED);
    }

    /** Every term in the scene, subjects and actions included. */
    List<Term> all() {
        List<Term> all = new ArrayList<>();
        for (Subject subject : subjects) {
            all.addAll(subject.modifiers());
            all.add(subject.noun());
            subject.part().ifPresent(all::add);
        }
        all.addAll(actions);
        all.addAll(objects);
        all.addAll(names);
        terms.values().forEach(all::addAll);
        return all;
    }
}
