package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.engine.prompt.lexicon.FunctionWords.Kind;
import dev.videoagent.core.engine.prompt.lexicon.FunctionWords;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The words Korean writes before what they modify, held until it comes: adverbs of manner, 안/못 and 함께
 * for the next predicate; determiners, describing adverbs and numbers (두, 여러) for the next noun.
 */
final class PendingModifiers {

    final List<Mention> manners = new ArrayList<>();
    final List<Mention> determiners = new ArrayList<>();
    /** 안/못 before the predicate. */
    boolean negateNext;
    /** 함께/같이 before the predicate. */
    boolean together;
    /** The word itself, kept as a scene word when no predicate follows (나란히 alone). */
    private Mention togetherWord;
    /** The count for the next noun: a number determiner (99 for "many") or a counter phrase (두 마리의). */
    int count;

    private final IdeaGraph graph;
    private final FunctionWords words;
    private final KoreanConcepts concepts;
    private final Set<String> context;

    PendingModifiers(IdeaGraph graph, FunctionWords words, KoreanConcepts concepts, Set<String> context) {
        this.graph = graph;
        this.words = words;
        this.concepts = concepts;
        this.context = context;
    }

    /** Reads an adverb; true when it is 없이, which negates the phrase before it instead. */
    boolean adverb(KoreanUnit unit) {
        String form = unit.form;
        Optional<String> negator = words.value(Kind.KO_NEGATOR, form);
        if (negator.filter("adverb"::equals).isPresent()) {
            graph.content(unit.end - unit.start, true);
            negateNext = true;
            return false;
        }
        if (negator.filter("without"::equals).isPresent()) { // 사람 없이
            graph.content(unit.end - unit.start, true);
            return true;
        }
        if (words.is(Kind.KO_TOGETHER, form)) {
            graph.content(unit.end - unit.start, true);
            together = true;
            togetherWord = concepts.resolve(unit, context, null)
                    .map(c -> new Mention(c, form, unit.start, unit.end)).orElse(null);
            return false;
        }
        Optional<Concept> concept = concepts.resolve(unit, context, null);
        graph.content(unit.end - unit.start, concept.isPresent());
        if (concept.isEmpty()) {
            return false; // degree and discourse adverbs (아주, 정말) carry nothing for a prompt
        }
        Mention mention = new Mention(concept.get(), form, unit.start, unit.end);
        if (concept.get().slot() == Slot.MANNER) {
            manners.add(mention);
        } else if (concept.get().slot().describes()) {
            determiners.add(mention);
        } else if (concept.get().slot() != Slot.SUBJECT && concept.get().slot() != Slot.ACTION) {
            graph.terms().add(new IdeaGraph.SceneTerm(mention, false));
        }
        return false;
    }

    void determiner(KoreanUnit unit) {
        Optional<String> number = words.value(Kind.KO_NUMBER, unit.form);
        graph.content(unit.end - unit.start, true);
        if (number.isPresent()) {
            count = number.get().equals("many") ? 99 : Integer.parseInt(number.get());
            return;
        }
        concepts.resolve(unit, context, null).filter(c -> c.slot().describes())
                .ifPresent(c -> determiners.add(new Mention(c, unit.form, unit.start, unit.end)));
    }

    /** The noun phrase took the determiners and the count. */
    void clearForNoun() {
        determiners.clear();
        count = 0;
    }

    /** Gives the predicate's clause the negation, 함께 and manners written before it. */
    void giveTo(Clause clause) {
        clause.negated |= negateNext;
        clause.together = together;
        clause.manners.addAll(manners);
        negateNext = false;
        together = false;
        togetherWord = null;
        manners.clear();
    }

    /**
     * A sentence ended: what no noun or predicate took stays as a scene word (흠뻑, 나란히, 천천히 alone); the
     * scene gives describing words to its first subject.
     */
    void flush() {
        determiners.forEach(m -> graph.terms().add(new IdeaGraph.SceneTerm(m, false)));
        determiners.clear();
        if (together && togetherWord != null) {
            graph.terms().add(new IdeaGraph.SceneTerm(togetherWord, false));
        }
        together = false;
        togetherWord = null;
        manners.forEach(m -> graph.terms().add(new IdeaGraph.SceneTerm(m, false))); // how, with nothing done
        manners.clear();
    }
}
