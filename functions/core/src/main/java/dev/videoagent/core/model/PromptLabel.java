package dev.videoagent.core.model;

import dev.videoagent.core.error.ValidationException;
import java.util.regex.Pattern;

/**
 * A label on one version of a prompt: {@code favorite}, {@code final}, or a person's own word (lower-case letters,
 * digits and dashes, at most 32). A label names one version at a time; putting it on another moves it.
 */
public record PromptLabel(String name) {

    public static final String FAVORITE = "favorite";
    public static final String FINAL = "final";
    /** Labels one prompt may carry. */
    public static final int MAX_PER_PROMPT = 20;
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (InputLimit.LABEL.maxChars() - 1) + "}");

    public PromptLabel {
        if (name == null || !VALID.matcher(name).matches()) {
            throw new ValidationException("A label is 'favorite', 'final' or up to 32 lower-case letters, digits and "
                    + "dashes, starting with a letter or digit.");
        }
    }
}
