package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.engine.prompt.lexicon.FunctionWords.Kind;
import dev.videoagent.core.engine.prompt.lexicon.FunctionWords;
import java.util.List;
import java.util.function.Predicate;

/**
 * Recovers the verbs Nori misreads as nouns, names or determiners, using what the lexicon knows: a lexicon verb
 * cut into nouns (녹아내리는), a one-syllable verb after a bare word (별 세는, 리본 단, 전화 거는), and a verb plus a
 * connective ending after a place or an object (댁에 가면, 공을 차고).
 */
final class VerbMisreadings {

    private final FunctionWords words;
    private final Predicate<String> knownNoun;
    private final Predicate<String> lexiconVerb;

    VerbMisreadings(FunctionWords words, Predicate<String> knownNoun, Predicate<String> lexiconVerb) {
        this.words = words;
        this.knownNoun = knownNoun;
        this.lexiconVerb = lexiconVerb;
    }

    /** Endings a word can end in after a verb stem, longest first. */
    private static final List<String> WORD_ENDINGS = List.of("면서", "는", "고", "며", "던", "은", "다", "어", "아",
            "게", "지", "면");

    /**
     * A word (from {@code i} to the next space) that is a verb of the lexicon plus one ending, read whole even
     * where Nori cuts it into nouns: 녹아내리는 is 녹아내리다 + 는, not 녹 + 아내 (wife) + ... Only for stems of two
     * or more syllables, and only when Nori's reading does not start with a verb. Returns the index after the
     * word, or -1.
     */
    int lexiconVerb(String text, List<Morpheme> ms, int i, List<KoreanUnit> units) {
        int last = i;
        while (last + 1 < ms.size() && !KoreanUnits.gap(text, ms.get(last), ms.get(last + 1))) {
            last++;
        }
        int start = ms.get(i).start();
        int end = ms.get(last).end();
        String word = text.substring(start, end);
        if (!word.chars().allMatch(c -> c >= 0xAC00 && c <= 0xD7A3) || knownNoun.test(word)) {
            return -1; // 그린, 어른, 지진: the lexicon knows the whole word as a noun
        }
        String stem = null;
        String ending = null;
        for (String e : WORD_ENDINGS) {
            if (word.endsWith(e) && word.length() - e.length() >= 2 && lexiconVerb.test(word.substring(0,
                    word.length() - e.length()) + "다")) {
                stem = word.substring(0, word.length() - e.length());
                ending = e;
                break;
            }
        }
        int lastSyllable = word.codePointAt(word.length() - 1);
        if (stem == null && word.length() >= 2 && (lastSyllable - 0xAC00) % 28 == 4) { // 녹아내린: final ㄴ
            String open = word.substring(0, word.length() - 1) + new String(Character.toChars(lastSyllable - 4));
            if (lexiconVerb.test(open + "다")) {
                stem = open;
                ending = "ᆫ";
            }
        }
        if (stem == null || ms.get(i).tag().isPredicate() || noriFound(ms, i, last, stem)) {
            return -1; // Nori read a verb there: its reading (with auxiliaries written apart) stands
        }
        KoreanUnit verb = new KoreanUnit(KoreanUnit.Kind.PREDICATE, start, end);
        verb.form = stem;
        verb.keys.add(stem + "다");
        verb.endings.add(ending);
        units.add(verb);
        return last + 1;
    }

    /** Whether Nori's own reading of the word already has that verb stem as one predicate morpheme. */
    private static boolean noriFound(List<Morpheme> ms, int from, int to, String stem) {
        for (int k = from; k <= to; k++) {
            if (ms.get(k).tag().isPredicate() && ms.get(k).form().equals(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A one-syllable word Nori read as a noun or determiner before the ending 는/ᆫ, after a bare noun, a
     * determiner or an adverb: 별 세는 (세다), 꾸벅꾸벅 조는 (졸다), 칼바람 부는 (불다), 전화 거는 (걸다, read as
     * 것 + 는), 리본 단 (달다, read as the determiner 단). Returns the index after the verb, or -1.
     */
    int verbAfterBareWord(String text, List<Morpheme> ms, int i, List<KoreanUnit> units) {
        Morpheme m = ms.get(i);
        String surface = text.substring(m.start(), m.end());
        if (surface.length() != 1 || units.isEmpty() || !bareBefore(units.get(units.size() - 1))
                || i + 1 >= ms.size() || knownNoun.test(surface)) {
            return -1;
        }
        Morpheme next = ms.get(i + 1);
        boolean endingNext = List.of("는", "은", "ᆫ").contains(next.form()) && !KoreanUnits.gap(text, m, next)
                && (next.tag() == MorphemeTag.PARTICLE || next.tag() == MorphemeTag.ENDING);
        boolean adnominalDeterminer = m.tag() == MorphemeTag.DETERMINER && KoreanUnits.gap(text, m, next)
                && isNounTag(next.tag()) && finalNieun(surface);
        if (!endingNext && !adnominalDeterminer) {
            return -1;
        }
        List<String> lemmas = adnominalDeterminer ? List.of(rieulFor(surface) + "다")
                : List.of(surface + "다", PredicateUnits.withRieul(surface) == null ? "" : PredicateUnits.withRieul(surface));
        for (String lemma : lemmas) {
            if (!lemma.isEmpty() && knownVerb(lemma)) {
                determinerAsNoun(units);
                KoreanUnit verb = new KoreanUnit(KoreanUnit.Kind.PREDICATE, m.start(),
                        endingNext ? next.end() : m.end());
                verb.form = lemma.substring(0, lemma.length() - 1);
                verb.keys.add(lemma);
                verb.endings.add(endingNext ? next.form() : "ᆫ");
                units.add(verb);
                return endingNext ? i + 2 : i + 1;
            }
        }
        return -1;
    }

    /**
     * 할머니 댁에 가면, 공을 차고: after a place marked 에/로, a bare noun that is a motion verb stem plus a
     * connective ending is that verb (가면 = if one goes, not a mask); after an object, one that is a known verb
     * (차고 = kicking, not a garage). Returns the index after it, or -1.
     */
    int motionAfterPlace(List<Morpheme> ms, int i, List<KoreanUnit> units) {
        Morpheme m = ms.get(i);
        KoreanUnit before = units.isEmpty() ? null : units.get(units.size() - 1);
        boolean afterPlace = before != null && before.kind == KoreanUnit.Kind.NOUN && !before.particles.isEmpty()
                && words.value(Kind.KO_PARTICLE, before.particle()).filter(v -> v.equals("at") || v.equals("to")
                || v.equals("by")).isPresent();
        boolean afterObject = before != null && before.kind == KoreanUnit.Kind.NOUN && !before.particles.isEmpty()
                && words.value(Kind.KO_PARTICLE, before.particle()).filter("object"::equals).isPresent();
        boolean bare = i + 1 >= ms.size() || ms.get(i + 1).tag() != MorphemeTag.PARTICLE;
        if (!afterPlace && !afterObject || !bare || m.tag() != MorphemeTag.NOUN) {
            return -1;
        }
        for (String ending : List.of("면", "고", "서", "며")) {
            String stem = m.form().endsWith(ending) ? m.form().substring(0, m.form().length() - 1) : "";
            // 공을 차고: after an object the noun 차고 (a garage) is 차다 + 고
            if (!stem.isEmpty() && (afterPlace && words.is(Kind.KO_MOTION, stem)
                    || afterObject && lexiconVerb.test(stem + "다"))) {
                KoreanUnit verb = new KoreanUnit(KoreanUnit.Kind.PREDICATE, m.start(), m.end());
                verb.form = stem;
                verb.keys.add(stem + "다");
                verb.endings.add(ending);
                units.add(verb);
                return i + 1;
            }
        }
        return -1;
    }

    /** 별 세는: before a verb, a determiner the lexicon knows as a noun is that noun (a star, not "particular"). */
    void determinerAsNoun(List<KoreanUnit> units) {
        KoreanUnit before = units.isEmpty() ? null : units.get(units.size() - 1);
        if (before != null && before.kind == KoreanUnit.Kind.DETERMINER && knownNoun.test(before.form)) {
            KoreanUnit noun = new KoreanUnit(KoreanUnit.Kind.NOUN, before.start, before.end);
            noun.form = before.form;
            units.set(units.size() - 1, noun);
        }
    }

    /** A bare noun, an object (연등을 다는), a determiner or an adverb: what a verb can follow. */
    private boolean bareBefore(KoreanUnit u) {
        boolean noun = u.kind == KoreanUnit.Kind.NOUN || u.kind == KoreanUnit.Kind.LATIN;
        return noun && (u.particles.isEmpty() || words.value(Kind.KO_PARTICLE, u.particle()).filter("object"::equals)
                .isPresent()) || u.kind == KoreanUnit.Kind.DETERMINER || u.kind == KoreanUnit.Kind.ADVERB;
    }

    private static boolean isNounTag(MorphemeTag tag) {
        return tag == MorphemeTag.NOUN || tag == MorphemeTag.PROPER_NOUN;
    }

    /** 단, 긴: a syllable ending in ㄴ, the adnominal ending of a stem that ends in ㄹ (달다, 길다). */
    private static boolean finalNieun(String syllable) {
        int c = syllable.codePointAt(0);
        return c >= 0xAC00 && c <= 0xD7A3 && (c - 0xAC00) % 28 == 4;
    }

    private static String rieulFor(String syllable) {
        int c = syllable.codePointAt(0);
        return new String(Character.toChars(c - 4 + 8));
    }

    private boolean knownVerb(String lemma) {
        return knownNoun.test(lemma) || words.is(Kind.KO_WEATHER_VERB, lemma);
    }
}
