package dev.videoagent.core.engine.prompt.analysis;

/** Part-of-speech classes the prompt engine distinguishes in Korean analysis (a subset of Sejong tags). */
public enum MorphemeTag {
    NOUN, PROPER_NOUN, BOUND_NOUN, PRONOUN, NUMERAL, VERB, ADJECTIVE, AUXILIARY, COPULA, DETERMINER, ADVERB,
    INTERJECTION, PARTICLE, ENDING, PREFIX, NOUN_SUFFIX, VERB_SUFFIX, ADJECTIVE_SUFFIX, FOREIGN, CHINESE,
    NUMBER, SYMBOL, UNKNOWN;

    public boolean isNoun() {
        return this == NOUN || this == PROPER_NOUN;
    }

    public boolean isPredicate() {
        return this == VERB || this == ADJECTIVE;
    }
}
