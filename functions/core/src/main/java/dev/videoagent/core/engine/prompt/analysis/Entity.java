package dev.videoagent.core.engine.prompt.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A noun phrase of the idea: its head concept (a thing, a place or a scene word such as rain), what
 * describes it (adjectives, colors, compound nouns written before it, states with what caused them),
 * what it has (a cat with big eyes), whose it is (a cat's tail), how many, whether it stands for a place
 * with a relation (over a castle), whether the idea says it is not there, and the phrases coordinated with
 * it (a dog and a cat). Built by the readers, read by the scene builder.
 */
public final class Entity {

    /** A condition the thing is in, with what caused it: covered (with) snow. */
    public record State(Mention state, Entity cause, String preposition) {
    }

    private Mention head;
    private final List<Mention> modifiers = new ArrayList<>();
    private final List<State> states = new ArrayList<>();
    private final List<Entity> parts = new ArrayList<>();
    private final List<Entity> conjuncts = new ArrayList<>();
    private final List<Event.Location> locations = new ArrayList<>();
    private Entity possessor;
    private Entity container;
    private boolean plural;
    private int count;
    private String relation;
    private boolean negated;
    private boolean theCamera;

    public Entity(Mention head) {
        this.head = head;
        // eyes, ears, hands: a body part that comes in pairs is written plural (a cat with big eyes)
        this.plural = head != null && head.concept().attributes().containsKey("paired");
    }

    public Mention head() {
        return head;
    }

    void replaceHead(Mention newHead) {
        head = newHead;
    }

    public List<Mention> modifiers() {
        return modifiers;
    }

    public List<State> states() {
        return states;
    }

    /** Things shown with this one: "a cat with big eyes", "a garden with beautiful flowers". */
    public List<Entity> parts() {
        return parts;
    }

    /** Where the thing itself is: a cabin (in) a forest, a cat (in) a room. */
    public List<Event.Location> locations() {
        return locations;
    }

    /** The other phrases of "A and B": they share this one's role. */
    public List<Entity> conjuncts() {
        return conjuncts;
    }

    /** What holds it, from a counter: 커피 두 잔 = two cups of coffee (the count is the container's). */
    public Optional<Entity> container() {
        return Optional.ofNullable(container);
    }

    void container(Entity holder) {
        container = holder;
    }

    public Optional<Entity> possessor() {
        return Optional.ofNullable(possessor);
    }

    void possessor(Entity owner) {
        possessor = owner;
    }

    public boolean plural() {
        return plural;
    }

    void plural(boolean value) {
        plural = value;
    }

    /** How many were asked for (2..10), 0 when the idea does not say. */
    public int count() {
        return count;
    }

    void count(int value) {
        count = value;
        if (value > 1) {
            plural = true;
        }
    }

    /** The preposition when the idea names this as where something is ("over" for 성 위를). */
    public Optional<String> relation() {
        return Optional.ofNullable(relation);
    }

    void relation(String preposition) {
        relation = preposition;
    }

    public boolean negated() {
        return negated;
    }

    void negate() {
        negated = true;
        conjuncts.forEach(Entity::negate);
    }

    /** The video's own camera (카메라가 따라가는): how it is shot, never something shown. */
    public boolean isTheCamera() {
        return theCamera;
    }

    void theCamera() {
        theCamera = true;
    }

    /** This phrase and its conjuncts, in order. */
    public List<Entity> withConjuncts() {
        List<Entity> all = new ArrayList<>();
        all.add(this);
        all.addAll(conjuncts);
        return all;
    }

    @Override
    public String toString() {
        return (negated ? "not " : "") + modifiers.stream().map(m -> m.concept().english() + " ").reduce("", String::concat)
                + (head == null ? "?" : head.concept().english()) + (plural ? "(pl)" : "");
    }
}
