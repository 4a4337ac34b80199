package dev.videoagent.core.engine.prompt;

import dev.videoagent.core.engine.prompt.text.Hangul;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.TraceEntry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Accepts an LLM rewrite only if it keeps every subject and action of the rule-based result, never
 * brings back what the idea said is not there, contains no Hangul and fits the prompt length limit.
 * Returns the reason for a rejection.
 */
public final class RewriteGuard {

    private RewriteGuard() {
    }

    public static Optional<String> rejection(PromptResult rules, String rewritten) {
        if (rewritten == null || rewritten.isBlank()) {
            return Optional.of("empty rewrite");
        }
        if (Hangul.containsHangul(rewritten)) {
            return Optional.of("rewrite contains Hangul");
        }
        if (rewritten.length() > PromptResult.MAX_PROMPT_CHARS) {
            return Optional.of("rewrite is longer than " + PromptResult.MAX_PROMPT_CHARS + " characters");
        }
        String lower = rewritten.toLowerCase(Locale.ROOT);
        for (TraceEntry entry : rules.trace()) {
            if (entry.source() != TraceEntry.Source.INPUT) {
                continue;
            }
            if (entry.slot().equals("subject")) {
                String noun = lastWord(entry.term());
                if (!lower.contains(stem(noun))) {
                    return Optional.of("rewrite dropped the subject '" + noun + "'");
                }
            } else if (entry.slot().equals("action")) {
                String verb = firstWord(entry.term());
                if (!lower.contains(stem(verb))) {
                    return Optional.of("rewrite dropped the action '" + verb + "'");
                }
            }
        }
        for (String negated : rules.structure().negated()) {
            String noun = lastWord(negated);
            if (Pattern.compile("\\b" + Pattern.quote(stem(noun))).matcher(lower).find()) {
                return Optional.of("rewrite brings back the negated '" + negated + "'");
            }
        }
        return Optional.empty();
    }

    /** running -> run, puppies -> pupp: enough to accept "runs" or "puppy" in the rewrite. */
    private static String stem(String word) {
        for (String suffix : List.of("ing", "ies", "es", "s", "ed", "y")) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                String stem = word.substring(0, word.length() - suffix.length());
                int n = stem.length();
                return n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) ? stem.substring(0, n - 1) : stem;
            }
        }
        return word;
    }

    private static String lastWord(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split(" ");
        return words[words.length - 1];
    }

    private static String firstWord(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).split(" ")[0];
    }
}
