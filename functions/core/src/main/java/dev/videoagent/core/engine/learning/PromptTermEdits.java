package dev.videoagent.core.engine.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text surgery of learned edits: where a learned term goes in a prompt, and what a removal leaves tidy. */
final class PromptTermEdits {

    private PromptTermEdits() {
    }

    /** Places a term at its most used anchor that the prompt has, else after the first clause. */
    static String insert(String prompt, String term, Map<String, Long> anchors) {
        List<Map.Entry<String, Long>> ranked = new ArrayList<>(anchors.entrySet());
        ranked.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Long> anchor : ranked) {
            String[] parts = anchor.getKey().split(":", 2);
            if (parts.length < 2) {
                continue;
            }
            Matcher m = phrase(parts[1]).matcher(prompt);
            if (!m.find()) {
                continue;
            }
            if (parts[0].equals("before")) {
                if (m.start() == 0) {
                    return Character.toUpperCase(term.charAt(0)) + term.substring(1) + " "
                            + Character.toLowerCase(prompt.charAt(0)) + prompt.substring(1);
                }
                return withArticle(prompt.substring(0, m.start()), term) + term + " " + prompt.substring(m.start());
            }
            if (parts[0].equals("after")) {
                return prompt.substring(0, m.end()) + " " + term + prompt.substring(m.end());
            }
        }
        int comma = prompt.indexOf(',');
        return comma < 0 ? prompt + ", " + term : prompt.substring(0, comma) + ", " + term + prompt.substring(comma);
    }

    /** "a" / "an" right before the insertion point follows the inserted word. */
    private static String withArticle(String head, String term) {
        Matcher m = Pattern.compile("(?i)(?<![A-Za-z])(an?) $").matcher(head);
        if (!m.find()) {
            return head;
        }
        boolean vowel = "aeiou".indexOf(term.charAt(0)) >= 0;
        String article = vowel ? "an" : "a";
        if (Character.isUpperCase(m.group(1).charAt(0))) {
            article = Character.toUpperCase(article.charAt(0)) + article.substring(1);
        }
        return head.substring(0, m.start(1)) + article + " ";
    }

    /** The term as a whole phrase, any case, any run of spaces between its words. */
    static Pattern phrase(String term) {
        String words = Pattern.quote(term).replace(" ", "\\E\\s+\\Q");
        return Pattern.compile("(?i)(?<![A-Za-z0-9'])" + words + "(?![A-Za-z0-9'])");
    }

    /** Spaces and commas left over from a removal. */
    static String tidy(String prompt) {
        String out = prompt.replaceAll("\\s+,", ",").replaceAll(",(\\s*,)+", ",").replaceAll(" {2,}", " ")
                .replaceAll("^[\\s,]+", "").replaceAll("[\\s,]+$", "");
        return out.isEmpty() ? out : Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }
}
