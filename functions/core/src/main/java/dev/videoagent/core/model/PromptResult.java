package dev.videoagent.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The engine's answer: detected language, the target model preset, category with confidence, how much
 * of the idea was understood ({@code coverage} 0..1, with the words that were not), the filled slots and
 * styles, the structure of the idea (who does what to what, where, and what is negated), the prompt and
 * negative prompt, and the trace of why every term is there.
 */
public record PromptResult(String concept, Language language, Target target, String category, double confidence,
                           double coverage, Map<String, List<String>> slots, List<String> styles,
                           IdeaStructure structure, String prompt, String negativePrompt, List<TraceEntry> trace,
                           List<Unrecognized> unrecognized) {

    /** Text-to-video models truncate long prompts: phrase lists and captions fit in this ({@link Target#maxChars()}). */
    public static final int MAX_PROMPT_CHARS = 512;

    public PromptResult {
        Objects.requireNonNull(language, "language"); // text with no letters is UNKNOWN, never null
        slots = Collections.unmodifiableMap(new LinkedHashMap<>(slots));
        styles = List.copyOf(styles);
        trace = List.copyOf(trace);
        unrecognized = List.copyOf(unrecognized);
    }

    /** The same analysis with another prompt text (a rewrite or a reused prompt). */
    public PromptResult withPrompt(String newPrompt) {
        return withEdits(slots, newPrompt, trace);
    }

    /** The same analysis with edited slots, prompt and trace (learned edits applied). */
    public PromptResult withEdits(Map<String, List<String>> newSlots, String newPrompt, List<TraceEntry> newTrace) {
        return new PromptResult(concept, language, target, category, confidence, coverage, newSlots, styles, structure,
                newPrompt, negativePrompt, newTrace, unrecognized);
    }
}
