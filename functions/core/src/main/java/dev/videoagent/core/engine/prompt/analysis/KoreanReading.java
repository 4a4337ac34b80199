package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.engine.prompt.lexicon.FunctionWords.Kind;
import dev.videoagent.core.engine.prompt.lexicon.FunctionWords;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.engine.prompt.lexicon.RoleSenses;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One reading of one Korean text: walks its units, keeping the phrases, clauses and counts that wait for
 * what comes next. Noun phrases go to {@link NounPhrases}, clauses to the {@link ClauseAttacher}; the
 * clause shapes come from {@link KoreanClauseShapes}, the words before a predicate or noun are held in
 * {@link PendingModifiers}.
 */
final class KoreanReading {

    final IdeaGraph graph = new IdeaGraph();
    private final String text;
    private final List<KoreanUnit> units;
    private final Set<String> context;
    private final FunctionWords words;
    private final Lexicon lexicon;
    private final KoreanConcepts concepts;
    private final EnglishReader english;
    private final ClauseAttacher attacher;
    private final NounPhrases phrases;
    private final KoreanClauseShapes shapes;
    private final PendingModifiers modifiers;
    private final List<Arg> args = new ArrayList<>();
    private int fence; // how many of the args were written before the last comma
    private final List<Clause> chain = new ArrayList<>();
    private final List<Clause> adnominal = new ArrayList<>();
    private final List<Clause> circumstances = new ArrayList<>();
    private KoreanUnit pendingContainer;
    private int i;

    KoreanReading(String text, List<KoreanUnit> units, Set<String> context, FunctionWords words, Lexicon lexicon,
                  RoleSenses roleSenses, KoreanConcepts concepts, EnglishReader english) {
        this.text = text;
        this.units = units;
        this.context = context;
        this.words = words;
        this.lexicon = lexicon;
        this.concepts = concepts;
        this.english = english;
        this.attacher = new ClauseAttacher(graph, words, lexicon, roleSenses);
        this.phrases = new NounPhrases(graph, words, concepts, context, english);
        this.shapes = new KoreanClauseShapes(graph, words, lexicon, units);
        this.modifiers = new PendingModifiers(graph, words, concepts, context);
    }

    void run() {
        while (i < units.size()) {
            KoreanUnit unit = units.get(i);
            switch (unit.kind) {
                case NOUN, LATIN -> nounPhrase();
                case PREDICATE -> predicate(unit);
                case ADVERB -> adverb(unit);
                case DETERMINER -> {
                    i++;
                    modifiers.determiner(unit);
                }
                case MENTION -> {
                    mention(unit);
                    i++;
                }
                case BREAK -> {
                    if (unit.sentenceEnd) {
                        flush();
                    }
                    fence = args.size();
                    i++;
                }
            }
        }
        flush();
    }

    private void mention(KoreanUnit unit) {
        Concept c = unit.mention.concept();
        graph.content(unit.end - unit.start, true);
        if (c.slot() == Slot.MODIFIER) {
            modifiers.determiners.add(unit.mention);
        } else if (c.slot() == Slot.SUBJECT) {
            Entity entity = new Entity(unit.mention);
            graph.entities().add(entity);
            args.add(new Arg(entity, Role.BARE, ""));
        } else {
            graph.terms().add(new IdeaGraph.SceneTerm(unit.mention, false));
        }
    }

    private void nounPhrase() {
        int from = i;
        while (i < units.size() && (units.get(i).kind == KoreanUnit.Kind.NOUN || units.get(i).kind == KoreanUnit.Kind.LATIN)
                && (i == from || units.get(i - 1).particles.isEmpty())) {
            i++;
        }
        boolean transitiveNext = i < units.size() && units.get(i).kind == KoreanUnit.Kind.PREDICATE
                && concepts.resolve(units.get(i), context, null).filter(Concept::takesObject).isPresent();
        NounPhrases.Result np = phrases.read(units.subList(from, i), modifiers.determiners, modifiers.count,
                transitiveNext);
        modifiers.clearForNoun();
        if (np.countOnly() > 0) {
            KoreanUnit counter = units.get(i - 1);
            if (np.arg() != null && np.arg().marker().equals("of") || args.isEmpty()) {
                modifiers.count = np.countOnly(); // 두 마리의 강아지, 한 그릇 가득 담긴 비빔밥: for the next noun
                pendingContainer = counter;
            } else if (!args.isEmpty()) {
                Arg previous = args.get(args.size() - 1);
                previous.entity().count(np.countOnly()); // 강아지 세 마리
                phrases.contain(previous.entity(), counter); // 커피 두 잔 = two cups of coffee
                if (np.arg() != null && np.arg().marker().equals("also")) {
                    // 차가 한 대도 (다니지 않는): "not even one", the negation is about the car
                    args.set(args.size() - 1, new Arg(previous.entity(), previous.role(), "also", previous.framed()));
                }
            }
            return;
        }
        if (np.entity() == null) {
            if (np.circumstance() && !adnominal.isEmpty()) {
                circumstances.addAll(adnominal); // 젖은 채로: the state of the next action's doer
                adnominal.clear();
                return;
            }
            if (np.framed() && !adnominal.isEmpty()) { // 고양이가 자는 모습: the clause is the content
                attacher.main(new ArrayList<>(adnominal));
                adnominal.clear();
            }
            return;
        }
        Entity entity = np.entity();
        if (pendingContainer != null) {
            phrases.contain(np.head(), pendingContainer);
            pendingContainer = null;
        }
        if (np.doer() != null) {
            args.add(new Arg(np.doer(), Role.BARE, "")); // 고양이 우유 먹는: the cat drinks the milk
        }
        attachAdnominals(np.head(), np.framed());
        Arg arg = np.arg();
        if (arg.role() == Role.OTHER && arg.marker().equals("of")) {
            phrases.possessor(entity);
        } else if (arg.role() == Role.OTHER && arg.marker().equals("and")) {
            phrases.coordinate(entity);
        } else if (arg.role() != Role.OTHER || !arg.marker().equals("like")) {
            args.add(arg);
        }
    }

    private void attachAdnominals(Entity head, boolean framed) {
        if (adnominal.isEmpty()) {
            return;
        }
        List<Clause> clauses = new ArrayList<>(adnominal);
        adnominal.clear();
        List<Arg> returned = attacher.attachToHead(clauses, head, framed);
        args.addAll(0, returned);
    }

    private void predicate(KoreanUnit unit) {
        String surface = text.substring(unit.start, unit.end);
        Optional<Concept> manner = unit.lastEnding().equals("게") ? lexicon.korean(surface)
                .filter(c -> c.slot() == Slot.MANNER) : Optional.empty();
        if (manner.isPresent()) { // 행복하게, 천천히 걷게: an adverb made from an adjective
            graph.content(unit.end - unit.start, true);
            modifiers.manners.add(new Mention(manner.get(), surface, unit.start, unit.end));
            i++;
            return;
        }
        if (words.value(Kind.KO_NEGATOR, surface).filter(v -> v.equals("except") || v.equals("without")).isPresent()) {
            // 강아지 말고 고양이, 사람 없이: the phrase before is what the idea does not want
            graph.content(unit.end - unit.start, true);
            if (!args.isEmpty()) {
                attacher.negate(args.remove(args.size() - 1).entity());
            }
            i++;
            return;
        }
        if (words.is(Kind.KO_WITH, unit.form) && shapes.endingClass(unit).equals("connective")
                && shapes.hasPredicateAhead(i)) {
            // 털실을 가지고 노는, 강아지를 데리고 걷는: what is taken along goes with the next action
            List<Arg> with = new ArrayList<>();
            for (Arg arg : args) {
                with.add(arg.role() == Role.OBJECT || arg.role() == Role.BARE && !arg.entity().head().concept()
                        .isAnimate() ? arg.as(arg.entity().head().concept().isAnimate() ? Role.COMPANION
                        : Role.INSTRUMENT) : arg);
            }
            args.clear();
            args.addAll(with);
            graph.content(contentLength(unit), true);
            i++;
            return;
        }
        boolean companionPossible = args.isEmpty();
        Optional<Concept> concept = unit.latin.isEmpty()
                ? concepts.resolve(unit, context, null)
                : english.single(unit.latin);
        Optional<Concept> noun = unit.nounStem.isEmpty() ? Optional.empty()
                : lexicon.korean(text.substring(unit.start, unit.end)).filter(c -> c.slot().isThing());
        if (concept.filter(c -> !c.slot().isThing()).isEmpty() && noun.isPresent()) {
            // 짜장면: Nori read 짜장 + 이 + 면, but the whole word is a noun
            Entity entity = new Entity(new Mention(noun.get(), text.substring(unit.start, unit.end), unit.start,
                    unit.end));
            graph.entities().add(entity);
            graph.content(unit.end - unit.start, true);
            attachAdnominals(entity, false);
            args.add(new Arg(entity, Role.BARE, ""));
            i++;
            return;
        }
        if (concept.filter(c -> c.slot().isThing()).isPresent() && !unit.nounStem.isEmpty()) {
            // 불꽃놀이하는, 치맥하는: a thing + 하다 is doing something with that thing
            Entity thing = new Entity(new Mention(concept.get(), unit.nounStem, unit.start,
                    unit.start + unit.nounStem.length()));
            graph.entities().add(thing);
            args.add(new Arg(thing, Role.OBJECT, "object"));
            concept = Optional.empty();
        }
        String ending = shapes.endingClass(unit);
        // 사진을 찍는 관광객, 그림을 그리며: a request verb in a clause that goes on is doing, not asking
        boolean mayRequest = !ending.equals("adnominal") && !ending.equals("connective");
        Clause clause = attacher.classify(unit, concept, mayRequest);
        if (clause.type == Clause.Type.UNKNOWN) {
            attacher.unrecognized(unit, text);
        }
        clause.negated |= shapes.negatedByAux(unit);
        modifiers.giveTo(clause);
        boolean connective = ending.equals("connective") && shapes.hasPredicateAhead(i);
        boolean adnominalClause = ending.equals("adnominal");
        fence = KoreanClauseShapes.takeArgs(clause, args, adnominalClause ? fence : -1, adnominalClause && shapes.past(unit));
        clause = shapes.lightVerb(clause, unit);
        clause = shapes.pastState(clause, unit);
        if (clause.type == Clause.Type.ACTION && !circumstances.isEmpty()) {
            clause.circumstances.addAll(circumstances);
            circumstances.clear();
        }
        if (companionPossible && clause.type == Clause.Type.ACTION) {
            // 친구와 (함께) 걷는: a 와/과 phrase right before the verb is a companion
            Optional<Entity> companion = phrases.pendingCoordination();
            if (companion.isPresent()) {
                clause.args.add(new Arg(companion.get(), Role.COMPANION, "with"));
            }
        }
        graph.content(contentLength(unit), clause.type != Clause.Type.UNKNOWN);
        if (connective && clause.type == Clause.Type.STATE && clause.first(Role.SUBJECT) != null) {
            attacher.main(new ArrayList<>(List.of(clause))); // 네온사인이 반사되고, 걷는: a sentence of its own
        } else if (connective) {
            // the doer is shared with the next action: keep it pending (what is in a state does nothing)
            boolean acts = clause.type == Clause.Type.ACTION;
            clause.args.stream().filter(a -> a.role() == Role.SUBJECT && acts).forEach(args::add);
            chain.add(clause);
        } else if (ending.equals("adnominal") && shapes.nounAhead(i)) {
            chain.add(clause);
            adnominal.addAll(chain);
            chain.clear();
        } else {
            chain.add(clause);
            attacher.main(new ArrayList<>(chain));
            chain.clear();
        }
        i++;
    }

    private void adverb(KoreanUnit unit) {
        i++;
        if (!shapes.insideNotNegation(text.substring(unit.start, unit.end), args, i) && modifiers.adverb(unit)
                && !args.isEmpty()) { // 사람 없이: the phrase before is what is not there
            attacher.negate(args.remove(args.size() - 1).entity());
        }
    }

    private int contentLength(KoreanUnit unit) {
        return Math.max(1, unit.end - unit.start - unit.endings.size());
    }

    /** A sentence ended: clauses without a next noun, and phrases no predicate took, stand alone. */
    private void flush() {
        if (!adnominal.isEmpty()) {
            attacher.main(new ArrayList<>(adnominal));
            adnominal.clear();
        }
        if (!chain.isEmpty()) {
            attacher.main(new ArrayList<>(chain));
            chain.clear();
        }
        phrases.flushPending(args);
        KoreanClauseShapes.locateStandalone(args);
        for (Arg arg : args) {
            attacher.standalone(arg);
        }
        args.clear();
        modifiers.flush();
    }
}
