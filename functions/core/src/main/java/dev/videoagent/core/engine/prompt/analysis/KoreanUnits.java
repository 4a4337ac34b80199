package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.engine.prompt.lexicon.FunctionWords.Kind;
import dev.videoagent.core.engine.prompt.lexicon.FunctionWords;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Groups Nori's morphemes into {@link KoreanUnit}s: nouns keep their particles (휴대폰 + 으로), predicates
 * their endings and auxiliaries, also when the auxiliary is written apart (오지 않는, 먹고 있는). A compound
 * the lexicon does not know is split into its parts (밤하늘 -> 밤, 하늘), which then read as a noun phrase.
 * Predicates are built by {@link PredicateUnits}; what Nori misreads is put right by {@link NoriMisreadings}.
 */
final class KoreanUnits {

    private final FunctionWords words;
    private final Predicate<String> knownNoun;
    private final PredicateUnits predicates;
    private final NoriMisreadings misreadings;
    private final VerbMisreadings verbs;

    KoreanUnits(FunctionWords words, Predicate<String> knownNoun, Predicate<String> knownVerb) {
        this.words = words;
        this.knownNoun = knownNoun;
        this.predicates = new PredicateUnits(words);
        this.misreadings = new NoriMisreadings(words, knownNoun, predicates);
        this.verbs = new VerbMisreadings(words, knownNoun, knownVerb);
    }

    List<KoreanUnit> build(String text, List<Morpheme> morphemes) {
        List<KoreanUnit> units = new ArrayList<>();
        int i = 0;
        while (i < morphemes.size()) {
            Morpheme m = morphemes.get(i);
            boolean wordStart = i == 0 || gap(text, morphemes.get(i - 1), m);
            if (i > 0 && wordStart) {
                addBreak(text, morphemes.get(i - 1).end(), m.start(), units);
            }
            int whole = wordStart ? verbs.lexiconVerb(text, morphemes, i, units) : -1;
            if (whole >= 0) {
                i = whole;
                continue;
            }
            KoreanUnit na = misreadings.naAsVerb(morphemes, i);
            if (na != null) {
                units.add(na);
                i += 2;
                continue;
            }
            morphemes = misreadings.wholeNoun(text, morphemes, i);
            List<Morpheme> read = misreadings.splitNounAndVerb(text, morphemes, i);
            if (read != morphemes) {
                verbs.determinerAsNoun(units);
                morphemes = read;
            }
            m = morphemes.get(i);
            if (m.tag() == MorphemeTag.NOUN_SUFFIX && wordStart) {
                // an affix standing alone is a word of its own (용이 성 위를: 성 is a castle)
                m = new Morpheme(m.form(), MorphemeTag.NOUN, m.start(), m.end(), m.parts());
                morphemes = new ArrayList<>(morphemes);
                morphemes.set(i, m);
            }
            int next = switch (m.tag()) {
                case NUMBER, FOREIGN -> latinOrNumber(text, morphemes, i, units);
                case NOUN, PROPER_NOUN, BOUND_NOUN, PRONOUN, NUMERAL, PREFIX -> noun(text, morphemes, i, units);
                case VERB, ADJECTIVE, AUXILIARY, COPULA -> predicates.predicate(text, morphemes, i, new KoreanUnit(
                        KoreanUnit.Kind.PREDICATE, m.start(), m.end()), m.form(), units);
                case ADVERB -> i + 1 < morphemes.size() && !gap(text, m, morphemes.get(i + 1))
                        && (morphemes.get(i + 1).tag().isPredicate() || morphemes.get(i + 1).tag() == MorphemeTag.VERB_SUFFIX
                        || morphemes.get(i + 1).tag() == MorphemeTag.ADJECTIVE_SUFFIX)
                        ? predicates.adverbPredicate(text, morphemes, i, units)
                        : adverbOrVerb(text, morphemes, i, units);
                case DETERMINER -> {
                    int verb = verbs.verbAfterBareWord(text, morphemes, i, units);
                    yield verb >= 0 ? verb : single(KoreanUnit.Kind.DETERMINER, m, units, i);
                }
                case PARTICLE -> words.is(Kind.KO_TOGETHER, m.form()) && wordStart
                        ? single(KoreanUnit.Kind.ADVERB, m, units, i) : attachParticle(m, units, i);
                default -> i + 1; // endings, symbols and interjections on their own carry nothing
            };
            if (!units.isEmpty() && !wordStart && units.get(units.size() - 1).start == m.start()) {
                units.get(units.size() - 1).joined = true;
            }
            i = next;
        }
        misreadings.mergeKnownCompounds(units);
        return units;
    }

    /** Whether a space or other characters stand between two morphemes: they are separate words. */
    /** 연등을 다는: Nori's adverb 다 + 는 is 달다 after an object; otherwise the adverb it says. */
    private int adverbOrVerb(String text, List<Morpheme> morphemes, int i, List<KoreanUnit> units) {
        int verb = verbs.verbAfterBareWord(text, morphemes, i, units);
        return verb >= 0 ? verb : single(KoreanUnit.Kind.ADVERB, morphemes.get(i), units, i);
    }

    static boolean gap(String text, Morpheme previous, Morpheme m) {
        return m.start() > previous.end() && !text.substring(previous.end(), m.start()).isEmpty();
    }

    private static void addBreak(String text, int from, int to, List<KoreanUnit> units) {
        String between = text.substring(Math.min(from, to), to);
        boolean sentence = between.contains(".") || between.contains("!") || between.contains("?");
        if (sentence || between.contains(",")) {
            KoreanUnit brk = new KoreanUnit(KoreanUnit.Kind.BREAK, from, to);
            brk.sentenceEnd = sentence;
            units.add(brk);
        }
    }

    private static int single(KoreanUnit.Kind kind, Morpheme m, List<KoreanUnit> units, int i) {
        KoreanUnit unit = new KoreanUnit(kind, m.start(), m.end());
        unit.form = m.form();
        units.add(unit);
        return i + 1;
    }

    private static int attachParticle(Morpheme m, List<KoreanUnit> units, int i) {
        if (!units.isEmpty()) {
            KoreanUnit last = units.get(units.size() - 1);
            if (last.kind == KoreanUnit.Kind.NOUN || last.kind == KoreanUnit.Kind.LATIN) {
                last.particles.add(m.form());
                last.end = Math.max(last.end, m.end());
            }
        }
        return i + 1;
    }

    private int noun(String text, List<Morpheme> ms, int i, List<KoreanUnit> units) {
        String prefix = "";
        int start = ms.get(i).start();
        while (i < ms.size() && ms.get(i).tag() == MorphemeTag.PREFIX
                && (i + 1 >= ms.size() || !gap(text, ms.get(i), ms.get(i + 1)))) {
            prefix += ms.get(i).form();
            i++;
        }
        if (i < ms.size() && ms.get(i).tag() == MorphemeTag.PREFIX) { // 비 오는: a prefix before a space is a noun
            KoreanUnit alone = new KoreanUnit(KoreanUnit.Kind.NOUN, ms.get(i).start(), ms.get(i).end());
            alone.form = prefix + ms.get(i).form();
            units.add(alone);
            return i + 1;
        }
        if (i >= ms.size()) { // prefixes at the very end
            KoreanUnit alone = new KoreanUnit(KoreanUnit.Kind.NOUN, start, ms.get(i - 1).end());
            alone.form = prefix;
            units.add(alone);
            return i;
        }
        int verb = prefix.isEmpty() ? verbs.verbAfterBareWord(text, ms, i, units) : -1;
        if (verb < 0 && prefix.isEmpty()) {
            verb = verbs.motionAfterPlace(ms, i, units);
        }
        if (verb < 0) {
            verb = misreadings.verbReadAsNoun(text, ms, i, prefix, units);
        }
        if (verb >= 0) {
            return verb;
        }
        if (i >= ms.size() || !isNounTag(ms.get(i).tag())) {
            // a prefix standing alone is a word of its own ("비 오는" -> 비)
            KoreanUnit unit = new KoreanUnit(KoreanUnit.Kind.NOUN, start, ms.get(i - 1).end());
            unit.form = prefix;
            units.add(unit);
            return i;
        }
        Morpheme m = ms.get(i);
        String form = prefix.isEmpty() || !knownNoun.test(prefix + m.form()) ? m.form() : prefix + m.form();
        if (!prefix.isEmpty() && !form.startsWith(prefix)) {
            KoreanUnit alone = new KoreanUnit(KoreanUnit.Kind.NOUN, start, m.start());
            alone.form = prefix;
            units.add(alone);
            start = m.start();
        }
        // a compound the lexicon does not know reads as its parts only when every part is known (밤하늘 = night
        // sky); 담벼락 is not 담 + 벼락 (lightning)
        if (!m.parts().isEmpty() && !knownNoun.test(form) && !knownNoun.test(form + nextSuffix(ms, i))
                && m.parts().stream().allMatch(part -> knownNoun.test(part.form()))) {
            for (Morpheme part : m.parts()) {
                KoreanUnit unit = new KoreanUnit(KoreanUnit.Kind.NOUN, part.start(), part.end());
                unit.form = part.form();
                unit.joined = part.start() > m.start();
                units.add(unit);
            }
        } else {
            KoreanUnit unit = new KoreanUnit(KoreanUnit.Kind.NOUN, start, m.end());
            unit.form = form;
            unit.parts = m.parts();
            unit.properNoun = m.tag() == MorphemeTag.PROPER_NOUN;
            units.add(unit);
        }
        KoreanUnit unit = units.get(units.size() - 1);
        int j = i + 1;
        while (j < ms.size() && !gap(text, ms.get(j - 1), ms.get(j))) {
            Morpheme n = ms.get(j);
            if (n.tag() == MorphemeTag.NOUN_SUFFIX && n.form().equals("들")) {
                unit.plural = true;
            } else if (n.tag() == MorphemeTag.NOUN_SUFFIX) {
                unit.suffix += n.form();
            } else if (n.tag() == MorphemeTag.PARTICLE) {
                unit.particles.add(n.form());
            } else if (n.tag() == MorphemeTag.VERB_SUFFIX || n.tag() == MorphemeTag.ADJECTIVE_SUFFIX
                    || n.tag() == MorphemeTag.COPULA || n.tag() == MorphemeTag.VERB && n.form().equals("하")) {
                units.remove(units.size() - 1);
                KoreanUnit pred = new KoreanUnit(KoreanUnit.Kind.PREDICATE, unit.start, n.end());
                pred.nounStem = unit.form + unit.suffix;
                pred.joined = unit.joined;
                return predicates.predicate(text, ms, j, pred, n.form(), units);
            } else if (n.tag() == MorphemeTag.VERB || n.tag() == MorphemeTag.ADJECTIVE) {
                // 빨래널다, 둥지틀다, 못박기: a noun and a verb written solid that the lexicon knows as one
                int wordEnd = j;
                while (wordEnd + 1 < ms.size() && !gap(text, ms.get(wordEnd), ms.get(wordEnd + 1))) {
                    wordEnd++;
                }
                String word = text.substring(unit.start, ms.get(wordEnd).end());
                String verbSurface = text.substring(n.start(), n.end());
                if (knownNoun.test(word) && !word.endsWith("다")) {
                    unit.form = word; // 못박기, 나무타기: the activity as a noun
                    unit.end = ms.get(wordEnd).end();
                    return wordEnd + 1;
                }
                if (knownNoun.test(unit.form + verbSurface + "다") || knownNoun.test(unit.form + n.form() + "다")) {
                    units.remove(units.size() - 1);
                    KoreanUnit pred = new KoreanUnit(KoreanUnit.Kind.PREDICATE, unit.start, n.end());
                    pred.nounStem = unit.form;
                    pred.joined = unit.joined;
                    int next = predicates.predicate(text, ms, j, pred, n.form(), units);
                    String compound = unit.form + n.form() + "다";
                    if (!pred.keys.contains(compound)) {
                        pred.keys.add(1, compound);
                    }
                    return next;
                }
                break;
            } else if (isNounTag(n.tag())) {
                break; // a second noun written solid: its own unit, joined to this one
            } else {
                break;
            }
            unit.end = Math.max(unit.end, n.end());
            j++;
        }
        return j;
    }

    private static String nextSuffix(List<Morpheme> ms, int i) {
        return i + 1 < ms.size() && ms.get(i + 1).tag() == MorphemeTag.NOUN_SUFFIX ? ms.get(i + 1).form() : "";
    }

    private static boolean isNounTag(MorphemeTag tag) {
        return tag == MorphemeTag.NOUN || tag == MorphemeTag.PROPER_NOUN || tag == MorphemeTag.BOUND_NOUN
                || tag == MorphemeTag.PRONOUN || tag == MorphemeTag.NUMERAL;
    }

    /** English words and numbers inside Korean text (golden retriever가, 4K, 1950년대). */
    private int latinOrNumber(String text, List<Morpheme> ms, int i, List<KoreanUnit> units) {
        int consumed = NumberPhrases.match(ms, i, units);
        if (consumed > 0) {
            return i + consumed;
        }
        int j = i;
        while (j + 1 < ms.size() && (ms.get(j + 1).tag() == MorphemeTag.FOREIGN || ms.get(j + 1).tag() == MorphemeTag.NUMBER)
                && text.substring(ms.get(j).end(), ms.get(j + 1).start()).matches("[\\s'-]*")) { // time-lapse, lo-fi
            j++;
        }
        if (ms.get(i).tag() == MorphemeTag.NUMBER && j == i) {
            return i + 1; // a number on its own carries no concept
        }
        KoreanUnit unit = new KoreanUnit(KoreanUnit.Kind.LATIN, ms.get(i).start(), ms.get(j).end());
        unit.latin = text.substring(unit.start, unit.end);
        units.add(unit);
        int k = j + 1;
        if (k < ms.size() && !gap(text, ms.get(j), ms.get(k))) {
            Morpheme n = ms.get(k);
            if (n.tag() == MorphemeTag.VERB_SUFFIX || n.tag() == MorphemeTag.ADJECTIVE_SUFFIX
                    || n.tag() == MorphemeTag.VERB && n.form().equals("하")) {
                units.remove(units.size() - 1);
                KoreanUnit pred = new KoreanUnit(KoreanUnit.Kind.PREDICATE, unit.start, n.end());
                pred.latin = unit.latin;
                pred.nounStem = unit.latin;
                return predicates.predicate(text, ms, k, pred, n.form(), units);
            }
        }
        return k;
    }
}
