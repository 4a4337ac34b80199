package dev.videoagent.core.prompt;

/**
 * Why a term is in the prompt: its slot, and either the input words it came from ({@code input}),
 * the named default that supplied it ({@code default}), or the rule that added it ({@code rule}).
 */
public record TraceEntry(String term, String slot, String source, String from, String conceptId) {

    public static TraceEntry input(String term, Slot slot, String words, String conceptId) {
        return new TraceEntry(term, slot.key(), "input", words, conceptId);
    }

    public static TraceEntry fallback(String term, Slot slot, String defaultName) {
        return new TraceEntry(term, slot.key(), "default", defaultName, null);
    }

    public static TraceEntry rule(String term, String slot, String rule) {
        return new TraceEntry(term, slot, "rule", rule, null);
    }
}
