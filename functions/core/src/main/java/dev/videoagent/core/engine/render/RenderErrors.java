package dev.videoagent.core.engine.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cause of a failed render as a sentence for the person who asked for it: the container's reason out of
 * the raw ECS result, without Java class names. The raw cause stays with the workflow execution for operators.
 */
public final class RenderErrors {

    private static final Pattern REASON = Pattern.compile("\"Reason\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)"
            + "(?::\\s*)?");
    private static final int MAX_CHARS = 200;

    private RenderErrors() {
    }

    public static String forPeople(String cause) {
        String text = cause == null ? "" : cause.trim();
        Matcher reason = REASON.matcher(text);
        if (reason.find()) {
            text = reason.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
        } else if (text.startsWith("{") || text.startsWith("[")) {
            text = ""; // a JSON document with no reason in it says nothing to a person
        }
        text = CLASS_PREFIX.matcher(text).replaceFirst("").trim();
        if (text.isEmpty()) {
            return "The render failed; please try again.";
        }
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS) + "…";
        }
        String sentence = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return sentence.endsWith(".") || sentence.endsWith("…") ? sentence : sentence + ".";
    }
}
