package dev.videoagent.core.model;

import dev.videoagent.core.error.InputTooLongException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How long what a person types may be, in characters (code points after NFC). The one table: the API checks
 * it, the README's limit table and the page's {@code limits.js} are checked against it by tests, so a
 * counter in the page always says what the API will take.
 */
public enum InputLimit {
    /** The video idea ({@code POST /api/prompts}). */
    CONCEPT("concept", 500),
    /** A prompt's text: the editor, both sides of a diff, a render's prompt. */
    PROMPT("prompt", 2_000),
    /** What a render's model is asked to avoid ({@code negativePrompt} of a render). */
    NEGATIVE("negative", 500),
    /** The note saved with a version. */
    MESSAGE("message", 200),
    /** The note on a rating. */
    NOTE("note", 500),
    /** A label's name. */
    LABEL("label", 32);

    private final String key;
    private final int maxChars;

    InputLimit(String key, int maxChars) {
        this.key = key;
        this.maxChars = maxChars;
    }

    /** The name the page and the README use for this limit. */
    public String key() {
        return key;
    }

    public int maxChars() {
        return maxChars;
    }

    /** {@code text} within the limit, else a 413 naming the field, its length and the limit. */
    public String check(String field, String text) {
        int length = text.codePointCount(0, text.length());
        if (length > maxChars) {
            throw new InputTooLongException(field, length, maxChars);
        }
        return text;
    }

    /** key -> characters, in table order. */
    public static Map<String, Integer> table() {
        return Arrays.stream(values()).collect(Collectors.toMap(InputLimit::key, InputLimit::maxChars,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
