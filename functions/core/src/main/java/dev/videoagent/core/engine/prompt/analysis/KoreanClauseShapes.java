package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.engine.prompt.lexicon.FunctionWords.Kind;
import dev.videoagent.core.engine.prompt.lexicon.FunctionWords;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shape of a Korean clause, read from its predicate unit and the units around it: how its ending links
 * it (adnominal, connective, final), whether it is past or negated by an auxiliary, whether a predicate or a
 * noun comes next, and what a clause the lexicon cannot type still says (a light verb, a past state).
 */
final class KoreanClauseShapes {

    private final IdeaGraph graph;
    private final FunctionWords words;
    private final Lexicon lexicon;
    private final List<KoreanUnit> units;

    KoreanClauseShapes(IdeaGraph graph, FunctionWords words, Lexicon lexicon, List<KoreanUnit> units) {
        this.graph = graph;
        this.words = words;
        this.lexicon = lexicon;
        this.units = units;
    }

    /**
     * A verb the lexicon does not know still works with its phrases: an action noun as its object is the
     * action (사진을 찍는 = taking photos, 춤을 추는 = dancing), and a scene word as its subject is simply
     * there, or not there when negated (비가 오지 않는).
     */
    Clause lightVerb(Clause clause, KoreanUnit unit) {
        if (clause.type != Clause.Type.UNKNOWN) {
            return clause;
        }
        Mention action = null;
        for (Arg arg : clause.args) {
            if ((arg.role() == Role.OBJECT || arg.role() == Role.BARE)
                    && arg.entity().head().concept().slot() == Slot.ACTION) {
                action = arg.entity().head();
            }
        }
        Arg subject = clause.first(Role.SUBJECT) != null ? clause.first(Role.SUBJECT) : clause.first(Role.BARE);
        if (action == null && subject != null && !subject.entity().head().concept().slot().isThing()) {
            action = subject.entity().head(); // EventBuilder reads a scene word as doer as "it is there"
        }
        if (action == null) {
            return clause;
        }
        Clause known = new Clause(Clause.Type.ACTION, action);
        known.args.addAll(clause.args);
        known.manners.addAll(clause.manners);
        known.negated = clause.negated;
        known.together = clause.together;
        graph.unrecognized().removeIf(u -> u.start() >= unit.start && u.end() <= unit.end);
        return known;
    }

    /**
     * 언 호수, 꽁꽁 얼어붙은 폭포, 눈이 쌓인 지붕: a change that has happened (past adnominal or past tense, nothing
     * acted on) is the state it left, when the lexicon links one ({@code past=}). A negated change with an
     * opposite ({@code opposite=}) is that opposite: 불이 꺼지지 않는 사무실 is an office with the lights on, 불이
     * 켜지지 않은 창문 an unlit window. A
     * negated change without one stays a negated action (꽃이 피지 않은: no blossoms, not "in full bloom").
     */
    Clause pastState(Clause clause, KoreanUnit unit) {
        Optional<Concept> opposite = (clause.type == Clause.Type.ACTION || clause.type == Clause.Type.STATE) && clause.negated
                ? clause.predicate.concept().attribute("opposite").flatMap(lexicon::byId) : Optional.empty();
        if (opposite.isPresent()) {
            Concept o = opposite.get();
            Clause turned = new Clause(o.slot() == Slot.STATE ? Clause.Type.STATE : Clause.Type.ACTION,
                    clause.predicate.withConcept(o));
            turned.args.addAll(clause.args);
            turned.manners.addAll(clause.manners);
            return turned;
        }
        if (clause.type != Clause.Type.ACTION || clause.has(Role.OBJECT) || !past(unit) || clause.negated) {
            return clause;
        }
        Optional<Concept> state = clause.predicate.concept().attribute("past").flatMap(lexicon::byId);
        if (state.isEmpty()) {
            return clause;
        }
        Clause changed = new Clause(Clause.Type.STATE, clause.predicate.withConcept(state.get()));
        changed.args.addAll(clause.args);
        changed.negated = clause.negated;
        return changed;
    }

    /**
     * Moves the pending phrases into the clause; returns how many stay pending. 작은 빵집, 밀가루 묻은 손: a
     * describing clause after a comma takes the phrases written after the comma; the ones before it stay out,
     * unless they are items of one list with the first after it (고양이,
     * 강아지가 뛰노는 들판).
     */
    static int takeArgs(Clause clause, List<Arg> args, int fence, boolean pastAdnominal) {
        List<Arg> kept = new ArrayList<>(beforeComma(args, fence));
        if (clause.type == Clause.Type.DESCRIBE && fence >= 0) {
            // 파란 유리병 안 작은 배: an adjective takes no place; the place is where the next noun is
            args.stream().filter(a -> a.role() == Role.PLACE && !kept.contains(a)).forEach(kept::add);
        } else if (pastAdnominal) {
            // 눈사람 옆에서 장갑 낀 아이가 손을 흔드는: a worn or held thing is what the child looks like; the place
            // written before it is where the child waves
            for (int k = 0; k < args.size() && !isThing(args.get(k)); k++) {
                if (args.get(k).role() == Role.PLACE && !kept.contains(args.get(k)) && hasThingAfter(args, k)) {
                    kept.add(args.get(k));
                }
            }
        }
        args.removeAll(kept);
        clause.args.addAll(args);
        args.clear();
        args.addAll(kept);
        return kept.size();
    }

    private static boolean isThing(Arg arg) {
        return (arg.role() == Role.OBJECT || arg.role() == Role.BARE) && arg.entity() != null
                && arg.entity().head() != null && arg.entity().head().concept().slot().isThing();
    }

    private static boolean hasThingAfter(List<Arg> args, int k) {
        return args.subList(k + 1, args.size()).stream().anyMatch(KoreanClauseShapes::isThing);
    }

    private static List<Arg> beforeComma(List<Arg> args, int fence) {
        if (fence <= 0 || fence >= args.size() || args.get(fence).entity() == null
                || args.get(fence).entity().head() == null) {
            return List.of();
        }
        Concept first = args.get(fence).entity().head().concept();
        List<Arg> kept = new ArrayList<>();
        for (Arg arg : args.subList(0, fence)) {
            if (arg.entity() == null || arg.entity().head() == null
                    || !NounRelations.alike(arg.entity().head().concept(), first)) {
                kept.add(arg);
            }
        }
        return kept;
    }

    static boolean past(KoreanUnit unit) {
        for (String ending : unit.endings) {
            if (List.of("ᆫ", "은", "었", "았", "였", "ᆻ").contains(ending)) {
                return true;
            }
        }
        return false;
    }

    boolean negatedByAux(KoreanUnit unit) {
        for (String aux : unit.auxiliaries) {
            if (words.value(Kind.KO_AUX, aux).filter("negation"::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** What the last ending does: "adnominal", "connective" ... from the function words, else "final" or "none". */
    String endingClass(KoreanUnit unit) {
        String last = unit.lastEnding();
        return words.value(Kind.KO_ENDING, last).orElse(last.isEmpty() ? "none" : "final");
    }

    /**
     * 유리병 안 작은 배: 안 right after a bare thing and before a describing clause is "inside", not "not" (Nori
     * reads it as the negating adverb); a being before it keeps the negation (고양이 안 자는). {@code next} is the
     * index of the unit after 안.
     */
    boolean insideNotNegation(String word, List<Arg> args, int next) {
        if (!word.equals("안") || args.isEmpty() || next >= units.size()
                || units.get(next).kind != KoreanUnit.Kind.PREDICATE || !endingClass(units.get(next)).equals("adnominal")) {
            return false;
        }
        Arg last = args.get(args.size() - 1);
        Entity thing = last.entity();
        if (last.role() != Role.BARE || thing == null || thing.head() == null || thing.head().concept().isAnimate()
                || !thing.head().concept().slot().isThing()) {
            return false;
        }
        String inside = words.value(Kind.KO_LOCATIVE, word).orElse("inside").split("\\|")[0];
        thing.relation(inside);
        args.set(args.size() - 1, new Arg(thing, Role.PLACE, inside));
        return true;
    }

    /** 상자 안 작은 고양이: a place phrase no predicate took is where the next thing standing alone is. */
    static void locateStandalone(List<Arg> args) {
        for (int k = args.size() - 2; k >= 0; k--) {
            Arg place = args.get(k);
            Arg next = args.get(k + 1);
            if (place.role() == Role.PLACE && place.entity() != null && place.entity().relation().isPresent()
                    && isThing(next) && next.role() == Role.BARE) {
                next.entity().locations().add(new Event.Location(place.entity(), place.entity().relation().get()));
                args.remove(k);
            }
        }
    }

    /** Whether another predicate follows unit {@code at} in the same sentence. */
    boolean hasPredicateAhead(int at) {
        for (int j = at + 1; j < units.size(); j++) {
            KoreanUnit u = units.get(j);
            if (u.kind == KoreanUnit.Kind.PREDICATE) {
                return true;
            }
            if (u.kind == KoreanUnit.Kind.BREAK && u.sentenceEnd) {
                return false;
            }
        }
        return false;
    }

    /** Whether a noun follows unit {@code at}, past the words that may stand between a clause and its noun. */
    boolean nounAhead(int at) {
        for (int j = at + 1; j < units.size(); j++) {
            KoreanUnit.Kind kind = units.get(j).kind;
            if (kind == KoreanUnit.Kind.NOUN || kind == KoreanUnit.Kind.LATIN) {
                return true;
            }
            if (kind == KoreanUnit.Kind.PREDICATE && words.value(Kind.KO_ENDING, units.get(j).lastEnding())
                    .filter("adnominal"::equals).isPresent()) {
                continue; // 기타를 멘 젊은 음악가: stacked clauses share the noun
            }
            if (kind != KoreanUnit.Kind.DETERMINER && kind != KoreanUnit.Kind.ADVERB
                    && kind != KoreanUnit.Kind.MENTION) {
                return false;
            }
        }
        return false;
    }
}
