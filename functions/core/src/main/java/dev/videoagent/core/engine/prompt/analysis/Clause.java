package dev.videoagent.core.engine.prompt.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A predicate with the noun phrases it took: an action, a description (an adjective or color), a state,
 * a scene word (밝은), presence (있는), absence (없는), "not" (아닌), likeness (같은), a request to make the
 * video (만들어줘) or a predicate the lexicon does not know.
 */
final class Clause {

    enum Type { ACTION, DESCRIBE, STATE, SCENE, PRESENT, ABSENT, NOT, LIKE, BECOME, REQUEST, UNKNOWN }

    final Type type;
    final Mention predicate;
    final List<Arg> args = new ArrayList<>();
    final List<Mention> manners = new ArrayList<>();
    boolean negated;
    /** Together with (함께/같이): a 와/과 phrase is a companion, not a co-subject. */
    boolean together;
    /** Clauses written with 채 before this one: states of this action's doer (젖은 채로 기다리는). */
    final List<Clause> circumstances = new ArrayList<>();
    /** Filled once roles are known (ACTION clauses). */
    Event event;

    Clause(Type type, Mention predicate) {
        this.type = type;
        this.predicate = predicate;
    }

    Arg first(Role role) {
        for (Arg arg : args) {
            if (arg.role() == role) {
                return arg;
            }
        }
        return null;
    }

    boolean has(Role role) {
        return first(role) != null;
    }

    void remove(Arg arg) {
        args.remove(arg);
    }

    @Override
    public String toString() {
        return type + (predicate == null ? "" : ":" + predicate.concept().id()) + args;
    }
}
