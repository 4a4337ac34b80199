package dev.videoagent.core.model;

import java.util.Objects;

/**
 * Why a term is in the prompt: its slot, and where it came from ({@link Source}); {@code from} says
 * which input words, named default, rule, reason or learned scope. {@code relation} says how the term
 * attaches to the rest of the idea ("modifier of umbrella", "object of holding", "negative prompt"),
 * when it does.
 */
public record TraceEntry(String term, String slot, Source source, String from, String conceptId, String relation) {

    public TraceEntry {
        Objects.requireNonNull(source, "source");
    }

    public TraceEntry(String term, String slot, Source source, String from, String conceptId) {
        this(term, slot, source, from, conceptId, null);
    }

    public static TraceEntry input(String term, Slot slot, String words, String conceptId) {
        return new TraceEntry(term, slot.key(), Source.INPUT, words, conceptId, null);
    }

    public static TraceEntry fallback(String term, Slot slot, String defaultName) {
        return new TraceEntry(term, slot.key(), Source.DEFAULT, defaultName, null, null);
    }

    public static TraceEntry rule(String term, String slot, String rule) {
        return new TraceEntry(term, slot, Source.RULE, rule, null, null);
    }

    public static TraceEntry dropped(String term, String slot, String why, String conceptId) {
        return new TraceEntry(term, slot, Source.DROPPED, why, conceptId, null);
    }

    /** A term that edits of similar prompts added; its slot is {@code learned} too. */
    public static TraceEntry learned(String term, String why) {
        return new TraceEntry(term, "learned", Source.LEARNED, why, null, null);
    }

    public TraceEntry withRelation(String newRelation) {
        return new TraceEntry(term, slot, source, from, conceptId, newRelation);
    }

    public TraceEntry withTerm(String newTerm) {
        return new TraceEntry(newTerm, slot, source, from, conceptId, relation);
    }

    /**
     * The input words it came from ({@code input}), the named default that supplied it ({@code default}),
     * the rule that added it ({@code rule}), why it was left out ({@code dropped}), that the idea says it
     * is not there ({@code negated}: it went to the negative prompt), or that edits of similar prompts
     * added it ({@code learned}).
     */
    public enum Source implements WireValue {
        INPUT, DEFAULT, RULE, DROPPED, NEGATED, LEARNED;

        public static Source fromWire(String wire) {
            return WireValue.parse(Source.class, wire);
        }

        /** The wire value, so logs and messages read as the JSON does. */
        @Override
        public String toString() {
            return wire();
        }
    }
}
