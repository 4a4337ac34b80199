package dev.videoagent.core.engine.prompt.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * One syntactic unit of Korean text, built from Nori's morphemes: a noun with its particles, a predicate
 * with its endings and auxiliaries, an adverb, a determiner, a run of Latin letters, a ready-made mention
 * (1950년대), or a punctuation break. {@code joined} says the unit is written without a space after the
 * previous one (휴대폰으로 is one word, 겨울 거리 two).
 */
final class KoreanUnit {

    enum Kind { NOUN, PREDICATE, ADVERB, DETERMINER, LATIN, MENTION, BREAK }

    final Kind kind;
    final int start;
    int end;
    boolean joined;
    /** Noun: the noun as written (compound whole); adverb and determiner: the word; predicate: the stem. */
    String form = "";
    boolean properNoun;
    /** The compound's parts, when Nori knows it as a compound. */
    List<Morpheme> parts = List.of();
    boolean plural;
    /** A noun suffix other than 들 (낭만적 = 낭만 + 적). */
    String suffix = "";
    final List<String> particles = new ArrayList<>();
    /** Predicate: dictionary-form lemma candidates, most likely first. */
    final List<String> keys = new ArrayList<>();
    final List<String> endings = new ArrayList<>();
    final List<String> auxiliaries = new ArrayList<>();
    /** Predicate built on a noun (점프하다, 낭만적이다): the noun, also a lemma candidate. */
    String nounStem = "";
    /** A ready mention (MENTION units) or the English words of a Latin run. */
    Mention mention;
    String latin = "";
    /** BREAK: true for a sentence end (. ! ?), false for a comma. */
    boolean sentenceEnd;

    KoreanUnit(Kind kind, int start, int end) {
        this.kind = kind;
        this.start = start;
        this.end = end;
    }

    String particle() {
        return particles.isEmpty() ? "" : particles.get(0);
    }

    String lastEnding() {
        return endings.isEmpty() ? "" : endings.get(endings.size() - 1);
    }

    @Override
    public String toString() {
        return kind + ":" + (kind == Kind.PREDICATE ? keys + "" + endings + auxiliaries : form + latin) + particles;
    }
}
