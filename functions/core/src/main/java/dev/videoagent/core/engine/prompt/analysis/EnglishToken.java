package dev.videoagent.core.engine.prompt.analysis;

import dev.videoagent.core.engine.prompt.lexicon.FunctionWords;

/**
 * One token of English input: a lexicon phrase (its mention, whether it was written plural and whether
 * as a past participle), a function word with its class and value, a capitalized name, or an unknown word.
 * {@code breakBefore} is ',' or '.' when punctuation separates it from the previous token.
 */
record EnglishToken(Type type, Mention mention, boolean plural, boolean participle, FunctionWords.Kind kind,
                    String value, String word, int start, int end, char breakBefore) {

    enum Type { CONCEPT, FUNCTION, NAME, UNKNOWN }

    /** grandma's farmhouse: the phrase owns the next one. */
    boolean possessive() {
        return type == Type.CONCEPT && (word.endsWith("'s") || word.endsWith("s'"));
    }

    boolean is(FunctionWords.Kind k) {
        return type == Type.FUNCTION && kind == k;
    }
}
