package dev.videoagent.core.prompt;

import java.util.List;
import java.util.Map;

/**
 * The engine's answer: detected language, category with confidence, the filled slots, the styles,
 * the prompt and negative prompt, and the trace of why every term is there.
 */
public record PromptResult(String concept, String language, String category, double confidence,
                           Map<String, List<String>> slots, List<String> styles, String prompt,
                           String negativePrompt, List<TraceEntry> trace, List<String> unrecognized) {

    /** Text-to-video models truncate long prompts; every prompt we give out fits in this. */
    public static final int MAX_PROMPT_CHARS = 512;

    public PromptResult {
        slots = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(slots));
        styles = List.copyOf(styles);
        trace = List.copyOf(trace);
        unrecognized = List.copyOf(unrecognized);
    }
}
