package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.engine.prompt.lexicon.FunctionWords.Kind;
import dev.videoagent.core.engine.prompt.lexicon.FunctionWords;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Recovers the nouns Nori misreads, using what the lexicon knows: 나는 after other words (날다/나다, not "I"),
 * 이끼 read as an interjection and 노을 as 노 + 을, an unknown name + 는 that is a noun and a verb (스키타는),
 * 비 오는 and 오지 않는 read as nouns, and a known compound read as two or more nouns (우주 + 정거장). The verbs
 * are recovered by {@link VerbMisreadings}.
 */
final class NoriMisreadings {

    private final FunctionWords words;
    private final Predicate<String> knownNoun;
    private final PredicateUnits predicates;

    NoriMisreadings(FunctionWords words, Predicate<String> knownNoun, PredicateUnits predicates) {
        this.words = words;
        this.knownNoun = knownNoun;
        this.predicates = predicates;
    }

    /** 새가 나는 하늘, 김이 나는: after other words 나는 is 날다/나다, not "I"; null when it is not that. */
    KoreanUnit naAsVerb(List<Morpheme> morphemes, int i) {
        Morpheme m = morphemes.get(i);
        if (m.tag() == MorphemeTag.PRONOUN && m.form().equals("나") && i > 0 && i + 1 < morphemes.size()
                && morphemes.get(i + 1).form().equals("는") && morphemes.get(i + 1).start() == m.end()) {
            KoreanUnit fly = new KoreanUnit(KoreanUnit.Kind.PREDICATE, m.start(), morphemes.get(i + 1).end());
            fly.form = "나";
            fly.keys.add("나다");
            fly.endings.add("는");
            return fly;
        }
        return null;
    }

    /** The morphemes with the noun at {@code i} made whole again, or the same morphemes when it was read right. */
    List<Morpheme> wholeNoun(String text, List<Morpheme> morphemes, int i) {
        Morpheme m = morphemes.get(i);
        if (m.tag() == MorphemeTag.INTERJECTION && knownNoun.test(m.form())
                || (m.tag() == MorphemeTag.PROPER_NOUN || m.tag() == MorphemeTag.NOUN) && i + 1 < morphemes.size()
                && morphemes.get(i + 1).tag() == MorphemeTag.PARTICLE && !KoreanUnits.gap(text, m, morphemes.get(i + 1))
                && !knownNoun.test(m.form()) && knownNoun.test(m.form() + morphemes.get(i + 1).form())) {
            // Nori misreads some nouns: 이끼 as an interjection, 노을 as 노 + 을; the lexicon knows them whole
            boolean merge = m.tag() != MorphemeTag.INTERJECTION;
            Morpheme next = merge ? morphemes.get(i + 1) : m;
            m = new Morpheme(merge ? m.form() + next.form() : m.form(), MorphemeTag.NOUN, m.start(), next.end(),
                    List.of());
            morphemes = new ArrayList<>(morphemes);
            morphemes.set(i, m);
            if (merge) {
                morphemes.remove(i + 1);
            }
        }
        return morphemes;
    }

    /** The morphemes with an unknown name + 는 at {@code i} read as a noun and a verb, when they are. */
    List<Morpheme> splitNounAndVerb(String text, List<Morpheme> morphemes, int i) {
        Morpheme m = morphemes.get(i);
        if ((m.tag() == MorphemeTag.PROPER_NOUN || m.tag() == MorphemeTag.NOUN) && i + 1 < morphemes.size()
                && List.of("는", "은", "ᆫ").contains(morphemes.get(i + 1).form())
                && morphemes.get(i + 1).tag() == MorphemeTag.PARTICLE && !KoreanUnits.gap(text, m, morphemes.get(i + 1))
                && !knownNoun.test(m.form())) {
            List<Morpheme> split = nounAndVerb(m, morphemes.get(i + 1));
            if (!split.isEmpty()) {
                // 스키타는: Nori reads one unknown name + 는; it is 스키 + 타다 with an adnominal ending
                morphemes = new ArrayList<>(morphemes);
                morphemes.remove(i + 1);
                morphemes.remove(i);
                morphemes.addAll(i, split);
            }
        }
        return morphemes;
    }

    /**
     * A verb Nori read as a noun at {@code i}, after any prefixes: 비 오는, 눈이 오지 않는. Returns the index after
     * the predicate it adds, or -1 when the noun is a noun.
     */
    int verbReadAsNoun(String text, List<Morpheme> ms, int i, String prefix, List<KoreanUnit> units) {
        Morpheme single = ms.get(i);
        if (single.form().length() == 1 && i + 1 < ms.size() && ms.get(i + 1).tag() == MorphemeTag.PARTICLE
                && List.of("는", "은", "ᆫ").contains(ms.get(i + 1).form())
                && !KoreanUnits.gap(text, single, ms.get(i + 1))
                && !units.isEmpty() && units.get(units.size() - 1).kind == KoreanUnit.Kind.NOUN
                && units.get(units.size() - 1).particles.isEmpty() && knownVerb(single.form() + "다")
                && !knownNoun.test(single.form())) {
            // 비 오는: Nori reads 오 as "five" and 는 as a particle; after a bare noun it is 오다
            KoreanUnit verb = new KoreanUnit(KoreanUnit.Kind.PREDICATE, single.start(), ms.get(i + 1).end());
            verb.form = single.form();
            verb.keys.add(single.form() + "다");
            verb.endings.add(ms.get(i + 1).form());
            units.add(verb);
            return i + 2;
        }
        if (prefix.isEmpty() && single.form().length() >= 2 && single.form().endsWith("지") && i + 1 < ms.size()
                && List.of("않", "못하").contains(ms.get(i + 1).form())
                && (ms.get(i + 1).tag().isPredicate() || ms.get(i + 1).tag() == MorphemeTag.AUXILIARY)) {
            // 눈이 오지 않는: a noun is never followed by 않다/못하다, so 오지 is 오다 + -지, not 오지 (a remote place)
            KoreanUnit verb = new KoreanUnit(KoreanUnit.Kind.PREDICATE, single.start(), single.end());
            verb.endings.add("지");
            String stem = single.form().substring(0, single.form().length() - 1);
            return predicates.predicate(text, ms, i, verb, stem, units);
        }
        return -1;
    }

    /**
     * 우주 + 정거장 written solid is 우주정거장 when the lexicon knows the whole (Nori sometimes splits it, or a
     * compound it does not know was cut into known parts: 집 + 게 + 핀 is 집게핀). Longest run first, up to four.
     */
    void mergeKnownCompounds(List<KoreanUnit> units) {
        for (int k = 0; k + 1 < units.size(); k++) {
            for (int n = Math.min(4, units.size() - k); n >= 2; n--) {
                if (mergeable(units, k, n)) {
                    KoreanUnit last = units.get(k + n - 1);
                    KoreanUnit whole = new KoreanUnit(KoreanUnit.Kind.NOUN, units.get(k).start, last.end);
                    StringBuilder form = new StringBuilder();
                    for (int j = k; j < k + n; j++) {
                        form.append(units.get(j).form);
                    }
                    whole.form = form.toString();
                    whole.particles.addAll(last.particles);
                    whole.suffix = last.suffix;
                    whole.plural = last.plural;
                    whole.joined = units.get(k).joined;
                    units.subList(k, k + n).clear();
                    units.add(k, whole);
                    break;
                }
            }
        }
    }

    private boolean mergeable(List<KoreanUnit> units, int k, int n) {
        StringBuilder form = new StringBuilder();
        for (int j = k; j < k + n; j++) {
            KoreanUnit u = units.get(j);
            boolean inner = j < k + n - 1;
            // written solid, or two words the lexicon knows as one (생일 파티 = 생일파티)
            boolean adjacent = j == k || u.start == units.get(j - 1).end || n == 2 && u.start == units.get(j - 1).end + 1;
            if (u.kind != KoreanUnit.Kind.NOUN || inner && (!u.particles.isEmpty() || !u.suffix.isEmpty() || u.plural)
                    || !adjacent) {
                return false;
            }
            form.append(u.form);
        }
        return knownNoun.test(form.toString());
    }

    /** A known verb stem, or a known noun then one, written solid, with the ending Nori took for a particle. */
    private List<Morpheme> nounAndVerb(Morpheme word, Morpheme ending) {
        String form = word.form();
        Morpheme asEnding = new Morpheme(ending.form(), MorphemeTag.ENDING, ending.start(), ending.end(), List.of());
        if (knownVerb(form + "다")) { // 비 내리는: 내리 is no name, it is 내리다
            return List.of(new Morpheme(form, MorphemeTag.VERB, word.start(), word.end(), List.of()), asEnding);
        }
        for (int k = form.length() - 1; k >= 1; k--) {
            String noun = form.substring(0, k);
            String verb = form.substring(k);
            if (knownNoun.test(noun) && knownVerb(verb + "다")) {
                int at = word.start() + k;
                return List.of(new Morpheme(noun, MorphemeTag.NOUN, word.start(), at, List.of()),
                        new Morpheme(verb, MorphemeTag.VERB, at, word.end(), List.of()), asEnding);
            }
        }
        return List.of();
    }

    private boolean knownVerb(String lemma) {
        return knownNoun.test(lemma) || words.is(Kind.KO_WEATHER_VERB, lemma);
    }
}
