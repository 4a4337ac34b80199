package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.engine.prompt.lexicon.FunctionWords.Kind;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.engine.prompt.lexicon.RoleSenses;
import dev.videoagent.core.model.Slot;

/**
 * The clause parts of an English reading: an action with its doer (the subject, the phrase before a
 * relative clause, or the object of a passive), a word that describes the phrase before it ("the lake is
 * calm", "a roof covered with snow"), and the sense of a verb by its doer and object.
 */
final class EnglishEvents {

    private final EnglishReading reading;
    private final Lexicon lexicon;
    private final RoleSenses senses;

    EnglishEvents(EnglishReading reading, Lexicon lexicon, RoleSenses senses) {
        this.reading = reading;
        this.lexicon = lexicon;
        this.senses = senses;
    }

    /** "a roof covered with snow", "the lake is calm": the word describes the phrase before it. */
    void describePredicatively(Mention said) {
        // a lighthouse that is not lit: a negated state is its opposite when it has one, else nothing
        Mention m = reading.negated && said.concept().slot() == Slot.STATE
                ? said.concept().attribute("opposite").flatMap(lexicon::byId).map(said::withConcept).orElse(null)
                : said;
        if (m == null) {
            reading.negated = false;
        } else if (m.concept().slot() == Slot.STATE) {
            Entity.State state = new Entity.State(m, null, m.concept().attribute("with").orElse("with"));
            reading.last.states().add(state);
            reading.stateHolder = reading.last;
            reading.pendingState = state;
        } else if (!reading.negated) {
            reading.last.modifiers().add(m);
        }
        reading.negated = false;
    }

    /** An action: its doer is the subject, the phrase before "that" or "and", or none for a passive. */
    void action(EnglishToken t) {
        Event open = reading.event;
        if (open != null && reading.objectOpen && open.object().isEmpty() && !reading.and
                && open.action().concept().takesObject() && reading.i >= 2
                && reading.tokens.get(reading.i - 2).kind() == Kind.EN_DETERMINER) {
            open.action(t.mention()); // enjoying a picnic, going for a swim: the noun is the action
            return;
        }
        Event e = new Event(t.mention());
        e.manners().addAll(reading.manners);
        reading.manners.clear();
        if (reading.negated) {
            e.negate();
            reading.negated = false;
        }
        Entity agent;
        if (reading.passive) {
            if (reading.last != null) {
                e.object(reading.last);
                // coffee being poured: the coffee is what is poured
                reading.graph.standalone().remove(reading.last);
            }
            e.passive(true);
            agent = null;
        } else if (reading.relative || reading.and && reading.event != null) {
            agent = reading.and && reading.event != null ? reading.event.agent().orElse(reading.subject) : reading.last;
        } else {
            agent = reading.subject;
        }
        if (agent != null && !agent.head().concept().slot().isThing()) {
            agent = null;
        }
        e.agent(agent);
        reading.event = e;
        reading.graph.events().add(e);
        reading.objectOpen = !reading.passive;
        reading.relative = false;
        reading.passive = false;
        reading.and = false;
        reading.preposition = null;
    }

    void resolveSense(Event e) {
        senses.resolve(e.action().concept(), e.agent().map(a -> a.head().concept()).orElse(null),
                        e.object().map(o -> o.head().concept()).orElse(null))
                .flatMap(lexicon::byId).ifPresent(s -> e.action(e.action().withConcept(s)));
    }
}
