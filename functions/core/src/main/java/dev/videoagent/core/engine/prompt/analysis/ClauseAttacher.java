package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.engine.prompt.lexicon.FunctionWords.Kind;
import dev.videoagent.core.engine.prompt.lexicon.FunctionWords;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.engine.prompt.lexicon.RoleSenses;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import dev.videoagent.core.model.Unrecognized;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns clauses into the graph: a main clause's roles come from its phrases; an adnominal clause attached
 * to a noun gets that noun in the role it is missing. The rules, for 사진을 찍는 관광객 (agent), 엄마가 만든
 * 케이크 (object), 장작이 타는 난로 and 아이들이 노는 공원 (place), 노란 모자 (description), 눈 덮인 지붕 (state
 * with its cause), 사람이 없는 해변 (absence) and 동화 같은 마을 (likeness), hold for Korean and English alike.
 * Actions go to the {@link EventBuilder}, descriptions and states to {@link ClauseStates}.
 */
final class ClauseAttacher {

    private final IdeaGraph graph;
    private final FunctionWords words;
    private final EventBuilder events;
    private final ClauseStates states;

    ClauseAttacher(IdeaGraph graph, FunctionWords words, Lexicon lexicon, RoleSenses senses) {
        this.graph = graph;
        this.words = words;
        this.events = new EventBuilder(graph, lexicon, senses);
        this.states = new ClauseStates(graph, lexicon, events);
    }

    Clause classify(KoreanUnit unit, Optional<Concept> concept, boolean mayRequest) {
        Mention mention = concept.map(c -> new Mention(c, String.join("", unit.keys.isEmpty() ? List.of(unit.form)
                : List.of(unit.keys.get(0))), unit.start, unit.end)).orElse(null);
        if (concept.isPresent()) {
            Slot slot = concept.get().slot();
            boolean request = words.is(Kind.KO_REQUEST, unit.form) && unit.auxiliaries.stream()
                    .anyMatch(a -> words.value(Kind.KO_AUX, a).filter("request"::equals).isPresent());
            Clause.Type type = request ? Clause.Type.REQUEST : slot == Slot.ACTION ? Clause.Type.ACTION
                    : slot == Slot.STATE ? Clause.Type.STATE : slot.describes() ? Clause.Type.DESCRIBE
                    : slot.isThing() ? Clause.Type.UNKNOWN : Clause.Type.SCENE;
            return new Clause(type, mention);
        }
        String stem = unit.form;
        if (words.is(Kind.KO_PRESENT, stem)) {
            return new Clause(Clause.Type.PRESENT, null);
        }
        Optional<String> negator = words.value(Kind.KO_NEGATOR, stem);
        if (negator.filter("absent"::equals).isPresent()) {
            return new Clause(Clause.Type.ABSENT, null);
        }
        if (negator.filter("copula"::equals).isPresent()) {
            return new Clause(Clause.Type.NOT, null);
        }
        if (words.is(Kind.KO_LIKE, stem)) {
            return new Clause(Clause.Type.LIKE, null);
        }
        if (words.is(Kind.KO_BECOME, stem)) {
            return new Clause(Clause.Type.BECOME, null);
        }
        boolean requestAux = unit.auxiliaries.stream()
                .anyMatch(a -> words.value(Kind.KO_AUX, a).filter("request"::equals).isPresent());
        if (words.is(Kind.KO_REQUEST, stem) && (mayRequest || requestAux) || requestAux && unit.form.isEmpty()) {
            return new Clause(Clause.Type.REQUEST, null);
        }
        return new Clause(Clause.Type.UNKNOWN, null);
    }

    void unrecognized(KoreanUnit unit, String text) {
        int end = unit.start + Math.max(1, unit.form.length());
        graph.unrecognized().add(new Unrecognized(text.substring(unit.start, Math.min(end, unit.end)), unit.start,
                Math.min(end, unit.end)));
    }

    void negate(Entity entity) {
        entity.negate();
    }

    void standalone(Arg arg) {
        if (arg.entity() != null && !graph.standalone().contains(arg.entity())) {
            graph.standalone().add(arg.entity());
        }
    }

    /** A sentence's clauses with no noun after them: their roles come from their own phrases. */
    void main(List<Clause> chain) {
        Entity shared = null;
        for (Clause clause : chain) {
            Arg subject = clause.first(Role.SUBJECT);
            if (subject != null) {
                shared = subject.entity();
            }
        }
        for (Clause clause : chain) {
            if (clause.type == Clause.Type.ACTION) {
                events.build(clause, shared, null).forEach(this::standalone);
                states.circumstances(clause);
                continue;
            }
            switch (clause.type) {
                case DESCRIBE -> states.describe(clause, subjectOf(clause, shared));
                case STATE -> {
                    Entity holder = subjectOf(clause, shared);
                    if (holder != null) {
                        states.state(clause, holder);
                    } else {
                        graph.terms().add(new IdeaGraph.SceneTerm(clause.predicate, clause.negated)); // describes the first subject
                    }
                }
                case SCENE -> graph.terms().add(new IdeaGraph.SceneTerm(clause.predicate, clause.negated));
                case ABSENT, NOT -> {
                    if (!ClauseStates.absent(clause) && shared != null) {
                        shared.negate();
                    }
                }
                case PRESENT -> present(clause, subjectOf(clause, shared), null);
                case LIKE -> {
                    // 영화 같은 색감, 꿈 같은 분위기: likeness with nothing named after it is the look of the video
                    Arg like = firstOf(clause, Role.BARE, Role.SUBJECT);
                    if (like != null && like.entity().head() != null) {
                        clause.remove(like);
                        graph.terms().add(new IdeaGraph.SceneTerm(ModifierMentions.likeLook(like.entity().head()), false));
                    }
                }
                case BECOME -> {
                    // 도시가 폐허가 되었다: the first 이/가 phrase is what changed, the second what it became
                    List<Arg> named = clause.args.stream().filter(a -> a.role() == Role.SUBJECT
                            || a.role() == Role.BARE).toList();
                    if (named.size() >= 2) {
                        clause.remove(named.get(1));
                        states.becomes(named.get(0).entity(), named.get(1).entity());
                    }
                }
                case UNKNOWN -> {
                    List<Arg> doers = new ArrayList<>();
                    Entity doer = subjectOf(clause, shared);
                    unknownVerb(clause, doer, doers);
                    doers.forEach(this::standalone);
                    if (doer != null) {
                        standalone(new Arg(doer, Role.BARE, ""));
                    }
                    clause.args.clear();
                }
                default -> {
                }
            }
            clause.args.forEach(this::standalone);
        }
    }

    private static Entity subjectOf(Clause clause, Entity shared) {
        Arg subject = clause.first(Role.SUBJECT);
        if (subject == null) {
            subject = clause.first(Role.BARE);
        }
        return subject != null ? subject.entity() : shared;
    }

    /**
     * Adnominal clauses attached to {@code head}; returns the phrases that belong to the clause the head
     * is in, not to these (소녀가 웃는 소년을 보는: 소녀 is the one who sees).
     */
    List<Arg> attachToHead(List<Clause> clauses, Entity head, boolean framed) {
        List<Arg> returned = new ArrayList<>();
        Entity shared = null;
        for (Clause clause : clauses) {
            Arg subject = clause.first(Role.SUBJECT);
            if (subject != null) {
                shared = subject.entity();
            }
        }
        Concept h = head.head().concept();
        boolean headIsPlace = h.slot() == Slot.PLACE || framed && !h.slot().isThing();
        for (Clause clause : clauses) {
            switch (clause.type) {
                case ACTION -> {
                    returned.addAll(events.build(clause, shared, head));
                    states.circumstances(clause);
                }
                case DESCRIBE -> {
                    Arg subject = firstOf(clause, Role.SUBJECT, Role.BARE);
                    if (subject != null && (subject.entity().head().concept().kind().equals("bodypart") || headIsPlace)) {
                        clause.remove(subject);
                        states.describe(clause, subject.entity());
                        head.parts().add(subject.entity()); // 눈이 큰 고양이 = a cat with big eyes
                    } else {
                        if (subject != null && clause.first(Role.SUBJECT) != null) {
                            clause.remove(subject);
                            returned.add(subject);
                        }
                        states.describe(clause, head);
                    }
                }
                case STATE -> states.stateOnHead(clause, head);
                case SCENE -> {
                    Optional<Mention> adjective = ModifierMentions.adjective(clause.predicate);
                    if (h.slot().isThing() && adjective.isPresent() && !clause.negated) {
                        head.modifiers().add(adjective.get()); // 따뜻한 손 = a warm hand, not a warm mood
                    } else {
                        graph.terms().add(new IdeaGraph.SceneTerm(clause.predicate, clause.negated));
                    }
                }
                case ABSENT, NOT -> ClauseStates.absent(clause); // 사람이 아무도 없는 역: the people and "nobody" both
                case PRESENT -> present(clause, firstOf(clause, Role.SUBJECT, Role.BARE) == null ? null
                        : firstOf(clause, Role.SUBJECT, Role.BARE).entity(), head);
                case BECOME -> {
                    // 로봇이 폐허가 된 도시를 걷는: what it became is the phrase next to 된; the robot goes back out
                    Arg result = null;
                    for (Arg arg : clause.args) {
                        if (arg.role() == Role.SUBJECT || arg.role() == Role.BARE) {
                            result = arg;
                        }
                    }
                    if (result != null && result.entity().head() != null && result.entity() != head) {
                        clause.remove(result);
                        states.becomes(head, result.entity());
                    }
                }
                case LIKE -> {
                    Arg like = firstOf(clause, Role.BARE, Role.SUBJECT);
                    if (like != null && like.entity().head() != null) {
                        clause.remove(like);
                        Mention m = like.entity().head();
                        head.modifiers().add(ModifierMentions.synthetic(m, "like." + m.concept().id(),
                                ModifierMentions.nounWord(m.concept()).replace(' ', '-') + "-like"));
                    }
                }
                case UNKNOWN -> unknownVerb(clause, head.head().concept().isAnimate() ? head : null, returned);
                default -> clause.args.forEach(this::standalone);
            }
            if (clause.type != Clause.Type.ACTION && clause.type != Clause.Type.UNKNOWN
                    && clause.type != Clause.Type.REQUEST) {
                // 작은 손으로 큰 수박을: phrases before a describing word belong to the clause it is in
                clause.args.stream().filter(a -> !returned.contains(a)).forEach(returned::add);
            }
        }
        return returned;
    }

    /**
     * A verb the lexicon does not know: its doer stays (or goes back to the outer clause), and what it acts
     * on or with is shown with the doer (망치로 못을 박는 목수 = a carpenter with a hammer) instead of becoming
     * a second subject. With no doer, they stand alone.
     */
    private void unknownVerb(Clause clause, Entity doer, List<Arg> returned) {
        Arg subject = clause.first(Role.SUBJECT);
        Entity agent = doer != null ? doer : subject != null ? subject.entity() : null;
        for (Arg arg : clause.args) {
            Entity e = arg.entity();
            if (e == doer) {
                continue;
            }
            boolean isDoer = arg.role() == Role.SUBJECT || arg.role() == Role.BARE && e.head().concept().isAnimate();
            if (isDoer) {
                returned.add(arg);
            } else if (agent != null && e.head().concept().slot() == Slot.PLACE) {
                agent.locations().add(new Event.Location(e, e.relation().orElse(e.head().concept().attribute("prep")
                        .orElse("in"))));
            } else if (agent != null && e.head().concept().slot().isThing()) {
                agent.parts().add(e);
            } else {
                standalone(arg);
            }
        }
    }

    private static Arg firstOf(Clause clause, Role first, Role second) {
        Arg arg = clause.first(first);
        return arg != null ? arg : clause.first(second);
    }

    private void present(Clause clause, Entity thing, Entity place) {
        if (thing == null) {
            return;
        }
        clause.args.removeIf(a -> a.entity() == thing);
        Arg where = clause.first(Role.PLACE);
        if (place == null && where != null) {
            clause.remove(where);
            place = where.entity();
        }
        if (place != null) {
            thing.locations().add(new Event.Location(place, place.head().concept().attribute("prep").orElse("in")));
        }
        standalone(new Arg(thing, Role.BARE, ""));
    }
}
