package dev.videoagent.core.model;

import java.util.Objects;

/**
 * One learned edit applied to a new prompt, with the evidence for it: {@code support} different people made it
 * ({@code share} of those who edited the scope), or, when {@code personal}, the person themselves did in
 * {@code support} of their own prompts.
 */
public record LearnedEdit(Kind op, String term, String scope, long support, double share, boolean personal) {

    public LearnedEdit {
        Objects.requireNonNull(op, "op");
    }

    /** A learned term is put into the prompt or taken out of it. */
    public enum Kind implements WireValue {
        ADD, REMOVE;

        public static Kind fromWire(String wire) {
            return WireValue.parse(Kind.class, wire);
        }

        /** The wire value, so logs and messages read as the JSON does. */
        @Override
        public String toString() {
            return wire();
        }
    }
}
