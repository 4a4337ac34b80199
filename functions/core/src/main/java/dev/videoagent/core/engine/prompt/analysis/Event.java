package dev.videoagent.core.engine.prompt.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An action of the idea with its roles: who does it (agent), to what (object), with what (instrument),
 * together with whom (companions), where (places with their prepositions), how (manners), and whether
 * the idea says it does not happen. A role nobody fills is empty.
 */
public final class Event {

    /** Where an action happens: a place or thing with its preposition (in a stove, across a lake). */
    public record Location(Entity place, String preposition) {
    }

    private Mention action;
    private Entity agent;
    private Entity object;
    private Entity instrument;
    private final List<Entity> companions = new ArrayList<>();
    private final List<Location> places = new ArrayList<>();
    private final List<Mention> manners = new ArrayList<>();
    private boolean negated;
    private boolean shared;
    private boolean passive;

    public Event(Mention action) {
        this.action = action;
    }

    public Mention action() {
        return action;
    }

    void action(Mention sense) {
        action = sense;
    }

    public Optional<Entity> agent() {
        return Optional.ofNullable(agent);
    }

    void agent(Entity doer) {
        agent = doer;
        // 강아지와 고양이가 노는: done by the whole group, not only its first member
        shared = doer != null && !doer.conjuncts().isEmpty();
    }

    /** "paint being splashed": what it happens to leads the phrase, no doer is implied. */
    public boolean passive() {
        return passive;
    }

    void passive(boolean value) {
        passive = value;
    }

    /** Whether every member of the agent's group does it ("a dog and a cat playing"). */
    public boolean shared() {
        return shared;
    }

    public Optional<Entity> object() {
        return Optional.ofNullable(object);
    }

    void object(Entity thing) {
        object = thing;
    }

    public Optional<Entity> instrument() {
        return Optional.ofNullable(instrument);
    }

    void instrument(Entity tool) {
        instrument = tool;
    }

    public List<Entity> companions() {
        return companions;
    }

    public List<Location> places() {
        return places;
    }

    public List<Mention> manners() {
        return manners;
    }

    public boolean negated() {
        return negated;
    }

    /**
     * What a negated action says is not there ({@code absent=} in the lexicon): the doer of a verb of appearing
     * (연기가 나지 않는: no smoke; the wind does not blow: no wind), or what is worn, held, used or added (우산 안 쓰고:
     * no umbrella; don't add music notes). Empty when the action is not negated or says nothing of the kind.
     */
    public Optional<Entity> absentWhenNegated() {
        if (!negated) {
            return Optional.empty();
        }
        String absent = action.concept().attributes().getOrDefault("absent", "");
        if (absent.equals("agent")) {
            return agent().filter(a -> a.head() != null && !a.head().concept().isAnimate());
        }
        return absent.equals("object") ? object() : Optional.empty();
    }

    void negate() {
        negated = true;
    }

    @Override
    public String toString() {
        return (negated ? "not " : "") + action.concept().english() + "(" + agent + (object == null ? "" : " > " + object)
                + (instrument == null ? "" : " + " + instrument) + (places.isEmpty() ? "" : " @" + places.stream()
                .map(l -> l.preposition() + " " + l.place()).toList()) + ")";
    }
}
