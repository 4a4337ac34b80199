package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What describing and state clauses leave on a noun: its describing words, the states it is in with what
 * caused them (눈 덮인 지붕 = a roof covered with snow), what it turned into (폐허가 된 도시), and the states
 * written with 채 that belong to the doer of the next action (비에 젖은 채로 기다리는).
 */
final class ClauseStates {

    private final IdeaGraph graph;
    private final Lexicon lexicon;
    private final EventBuilder events;

    ClauseStates(IdeaGraph graph, Lexicon lexicon, EventBuilder events) {
        this.graph = graph;
        this.lexicon = lexicon;
        this.events = events;
    }

    void describe(Clause clause, Entity target) {
        if (target == null) {
            graph.terms().add(new IdeaGraph.SceneTerm(clause.predicate, clause.negated));
        } else if (!clause.negated) {
            target.modifiers().add(clause.predicate);
        }
    }

    /**
     * A state clause attached to a noun. A state that takes a cause (covered with, filled with) holds on the
     * noun and its cause is the phrase before (눈 덮인 지붕 = a roof covered with snow); otherwise the phrase
     * before is what is in that state, shown with the noun (빨래가 널린 옥상 = a rooftop with hanging laundry,
     * 시든 꽃다발이 꽂힌 화병 = a vase with a wilted bouquet).
     */
    void stateOnHead(Clause clause, Entity head) {
        Arg holder = null; // 바람이 안 불어서 깃발이 늘어진: the subject next to the state, not the one carried over
        for (Arg arg : clause.args) {
            if (arg.role() == Role.SUBJECT) {
                holder = arg;
            }
        }
        holder = holder != null ? holder : clause.first(Role.BARE);
        if (holder != null && holder.entity() != head && !isCause(holder.entity(), clause.predicate.concept())) {
            clause.remove(holder);
            state(clause, holder.entity());
            head.parts().add(holder.entity());
            return;
        }
        state(clause, head);
    }

    /** Snow, moss, dust, water, fallen leaves: what covers or fills, for states that take a cause. */
    private static boolean isCause(Entity e, Concept state) {
        if (!state.attributes().containsKey("with") || e.head() == null) {
            return false;
        }
        Concept c = e.head().concept();
        return !c.slot().isThing() || c.attributes().containsKey("mass") || c.kind().equals("plant")
                || c.kind().equals("phenomenon") || c.kind().equals("food");
    }

    void state(Clause clause, Entity holder) {
        Arg cause = null;
        for (Arg arg : clause.args) {
            boolean reflectedIn = arg.role() == Role.PLACE && "in".equals(clause.predicate.concept().attributes().get("with"));
            if (arg.entity() != holder && (isCause(arg.entity(), clause.predicate.concept()) || reflectedIn)
                    && arg.role() != Role.OBJECT) {
                cause = arg;
                break;
            }
        }
        Mention state = clause.predicate;
        if (cause != null) {
            clause.remove(cause);
            // 쌓인 책 = piled-up books, 눈이 쌓인 지붕 = a roof covered with snow
            Optional<Concept> withCause = state.concept().attribute("cause").flatMap(lexicon::byId);
            if (withCause.isPresent()) {
                state = state.withConcept(withCause.get());
            }
        }
        for (Arg arg : List.copyOf(clause.args)) {
            if (arg.role() == Role.PLACE && arg.entity() != holder) {
                // 벤치 위에 녹아내린 아이스크림: the place is where it is, not what melted it
                clause.remove(arg);
                holder.locations().add(new Event.Location(arg.entity(), arg.entity().relation()
                        .orElse(arg.entity().head().concept().attribute("prep").orElse("on"))));
            }
        }
        String preposition = state.concept().attribute("with").orElse("with");
        holder.states().add(new Entity.State(state, cause == null ? null : cause.entity(), preposition));
    }

    /** 폐허가 된 도시 = a city turned into ruins: what it became is written after it, as a state with a cause. */
    void becomes(Entity holder, Entity result) {
        Mention turned = ModifierMentions.synthetic(result.head(), "state.turned_into", "turned");
        holder.states().add(new Entity.State(turned.withConcept(new Concept("state.turned_into", Slot.STATE,
                "turned", List.of(), List.of(), "-", Map.of())), result, "into"));
        graph.standalone().remove(result);
    }

    /** 비에 젖은 채로 버스를 기다리는: a state written with 채 belongs to the doer of the next action. */
    void circumstances(Clause clause) {
        if (clause.event == null || clause.event.agent().isEmpty()) {
            return;
        }
        Entity doer = clause.event.agent().get();
        for (Clause c : clause.circumstances) {
            switch (c.type) {
                case STATE -> state(c, doer);
                case DESCRIBE -> describe(c, doer);
                case ACTION -> {
                    Clause own = c;
                    events.build(own, doer, null);
                }
                default -> {
                }
            }
        }
    }

    /** Every thing named as what is not there is not there; false when the clause names none. */
    static boolean absent(Clause clause) {
        List<Arg> named = clause.args.stream().filter(a -> (a.role() == Role.SUBJECT || a.role() == Role.BARE)
                && a.entity().head() != null).toList();
        named.forEach(a -> a.entity().negate());
        clause.args.removeAll(named);
        return !named.isEmpty();
    }
}
