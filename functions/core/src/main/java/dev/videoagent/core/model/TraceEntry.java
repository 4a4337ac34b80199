package dev.videoagent.core.model;

/**
 * Why a term is in the prompt: its slot, and either the input words it came from ({@code input}),
 * the named default that supplied it ({@code default}), the rule that added it ({@code rule}), why it
 * was left out ({@code dropped}), or that the idea says it is not there ({@code negated}: it went to the
 * negative prompt). {@code relation} says how the term attaches to the rest of the idea ("modifier of
 * umbrella", "object of holding", "negative prompt"), when it does.
 */
public record TraceEntry(String term, String slot, String source, String from, String conceptId, String relation) {

    public static final String INPUT = "input";
    public static final String DEFAULT = "default";
    public static final String RULE = "rule";
    public static final String DROPPED = "dropped";
    public static final String NEGATED = "negated";

    public TraceEntry(String term, String slot, String source, String from, String conceptId) {
        this(term, slot, source, from, conceptId, null);
    }

    public static TraceEntry input(String term, Slot slot, String words, String conceptId) {
        return new TraceEntry(term, slot.key(), INPUT, words, conceptId, null);
    }

    public static TraceEntry fallback(String term, Slot slot, String defaultName) {
        return new TraceEntry(term, slot.key(), DEFAULT, defaultName, null, null);
    }

    public static TraceEntry rule(String term, String slot, String rule) {
        return new TraceEntry(term, slot, RULE, rule, null, null);
    }

    public static TraceEntry dropped(String term, String slot, String why, String conceptId) {
        return new TraceEntry(term, slot, DROPPED, why, conceptId, null);
    }

    public TraceEntry withRelation(String newRelation) {
        return new TraceEntry(term, slot, source, from, conceptId, newRelation);
    }

    public TraceEntry withTerm(String newTerm) {
        return new TraceEntry(newTerm, slot, source, from, conceptId, relation);
    }
}
