package dev.videoagent.handlers.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * What every text in a request must be, checked on the parsed JSON before it is bound to a command: no
 * control characters (tab and line breaks allowed) and no lone surrogates, which no person types and which
 * break logs, environment variables and the equality of two texts. Errors name the field, never more than
 * {@value #ECHO_LIMIT} characters of what was sent.
 */
final class JsonText {

    static final int ECHO_LIMIT = 100;

    private JsonText() {
    }

    static void check(JsonNode node, String path) {
        if (node.isTextual()) {
            check(node.textValue(), path);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                check(field.getKey(), "a field name");
                check(field.getValue(), name);
            }
        }
    }

    /** A text from the query or path: the same rules, naming the parameter. */
    static String parameter(String text, String name) {
        check(text, name);
        return text;
    }

    private static void check(String text, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ApiException.badRequest("Field '" + clip(field) + "' contains a lone surrogate (U+"
                        + hex(c) + "); send valid Unicode text.");
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                throw ApiException.badRequest("Field '" + clip(field) + "' contains the control character U+"
                        + hex(c) + ".");
            }
        }
    }

    /** At most {@value #ECHO_LIMIT} characters of something the caller sent, for an error message. */
    static String clip(String sent) {
        return sent.length() <= ECHO_LIMIT ? sent : sent.substring(0, ECHO_LIMIT) + "…";
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
