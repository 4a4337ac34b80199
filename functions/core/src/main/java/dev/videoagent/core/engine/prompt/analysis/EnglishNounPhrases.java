package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles the noun phrases of an English reading: the head with its describing words, count and compound
 * nouns ("a street cat"), its owner ("grandma's farmhouse"), and where the phrase goes: the object of the
 * action, a new subject, a conjunct, a place by its preposition, or with = instrument, companion or feature.
 */
final class EnglishNounPhrases {

    private final EnglishReading reading;
    private final EnglishEvents events;

    EnglishNounPhrases(EnglishReading reading, EnglishEvents events) {
        this.reading = reading;
        this.events = events;
    }

    /** "nobody": the people the idea says are not there. */
    Entity negatedEntity(Concept c, EnglishToken t) {
        Entity e = new Entity(new Mention(c, t.word(), t.start(), t.end()));
        e.plural(true);
        reading.negated = true;
        return e;
    }

    void nounPhrase() {
        List<EnglishToken> things = new ArrayList<>();
        while (reading.i < reading.tokens.size() && (reading.tokens.get(reading.i).type() == EnglishToken.Type.NAME
                || reading.tokens.get(reading.i).type() == EnglishToken.Type.CONCEPT
                && reading.tokens.get(reading.i).mention().concept().slot().isThing())
                && (things.isEmpty() || reading.tokens.get(reading.i).breakBefore() == ' ')) {
            things.add(reading.tokens.get(reading.i));
            reading.i++;
        }
        EnglishToken headToken = things.get(things.size() - 1);
        Entity np = new Entity(headToken.mention());
        np.plural(headToken.plural() || reading.plural);
        if (reading.count > 0) {
            np.count(reading.count);
        }
        np.modifiers().addAll(reading.describes);
        for (EnglishToken before : things.subList(0, things.size() - 1)) {
            Concept c = before.mention().concept();
            if (c.attribute("name").isPresent()) {
                np.locations().add(new Event.Location(new Entity(before.mention()), "in"));
            } else {
                np.modifiers().add(ModifierMentions.compound(before.mention(), c.attribute("compound")
                        .orElse(c.english())));
            }
        }
        reading.describes.clear();
        reading.plural = false;
        reading.count = 0;
        reading.graph.entities().add(np);
        if (headToken.possessive()) {
            reading.owner = np; // grandma's farmhouse: the owner waits for what it owns
            return;
        }
        if (reading.owner != null) {
            np.possessor(reading.owner);
            reading.owner = null;
        }
        if (reading.negated) {
            np.negate();
            reading.negated = false;
        }
        attach(np);
    }

    /** Where a phrase goes, by the preposition before it. */
    void attach(Entity np) {
        String p = reading.preposition;
        reading.preposition = null;
        if (np.negated() && (p == null || p.equals("with"))) {
            reading.last = np;
            return;
        }
        if (p == null) {
            bare(np);
        } else if (p.equals("without")) {
            np.negate();
        } else if (p.equals("with")) {
            with(np);
        } else if (p.equals("of") && reading.last != null) {
            reading.last.locations().add(new Event.Location(np, "of"));
        } else if (reading.stateHolder != null && reading.pendingState != null && List.of("in", "by").contains(p)) {
            reading.stateHolder.states().set(reading.stateHolder.states().indexOf(reading.pendingState),
                    new Entity.State(reading.pendingState.state(), np, p));
            reading.pendingState = null;
        } else if (reading.event != null) {
            reading.event.places().add(new Event.Location(np, p));
        } else if (reading.last != null) {
            reading.last.locations().add(new Event.Location(np, p));
        } else {
            np.relation(p);
            reading.graph.standalone().add(np);
        }
        reading.last = np;
    }

    private void with(Entity np) {
        if (reading.pendingState != null && reading.stateHolder != null) {
            reading.stateHolder.states().set(reading.stateHolder.states().indexOf(reading.pendingState),
                    new Entity.State(reading.pendingState.state(), np, "with"));
            reading.pendingState = null;
        } else if (reading.event != null) {
            if (np.head().concept().isAnimate()) {
                reading.event.companions().add(np);
            } else if (reading.event.instrument().isEmpty()) {
                reading.event.instrument(np);
            } else {
                reading.event.places().add(new Event.Location(np, "with"));
            }
        } else if (reading.last != null) {
            reading.last.parts().add(np);
        } else {
            reading.graph.standalone().add(np);
        }
        reading.last = np;
    }

    private void bare(Entity np) {
        // a boy reading a book and a dog sleeping: a phrase after "and" with its own action is a new doer
        boolean ownAction = reading.and && reading.i < reading.tokens.size()
                && reading.tokens.get(reading.i).type() == EnglishToken.Type.CONCEPT
                && reading.tokens.get(reading.i).mention().concept().slot() == Slot.ACTION;
        if (ownAction && reading.event != null && reading.event.object().isPresent()) {
            reading.objectOpen = false;
            reading.and = false;
        }
        if (reading.objectOpen && reading.event != null) {
            if (reading.event.object().isEmpty()) {
                reading.event.object(np);
            } else if (reading.and) {
                reading.event.object().get().conjuncts().add(np);
            }
            reading.objectOpen = false;
            events.resolveSense(reading.event);
        } else if (reading.and && reading.last != null
                && (reading.event == null || reading.event.agent().isEmpty() && reading.subject == reading.last)) {
            reading.last.conjuncts().add(np);
        } else {
            reading.subject = np;
            reading.event = null;
            reading.stateHolder = null;
            reading.pendingState = null;
            reading.graph.standalone().add(np);
        }
        reading.and = false;
        reading.last = np;
    }
}
