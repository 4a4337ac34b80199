package dev.videoagent.core.model;

import java.util.List;
import java.util.Objects;

/** One change: {@code insert}, {@code delete} or {@code replace} at a token index of the original. */
public record WordOp(Kind op, int position, List<String> before, List<String> after) {

    public WordOp {
        Objects.requireNonNull(op, "op");
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    public enum Kind implements WireValue {
        INSERT, DELETE, REPLACE;

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
