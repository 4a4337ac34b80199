package dev.videoagent.core.model;

import java.util.Objects;

/** One JSON Patch (RFC 6902) operation; {@code value} is null for {@code remove}. */
public record SlotOp(Kind op, String path, String value) {

    public SlotOp {
        Objects.requireNonNull(op, "op");
    }

    /** The RFC 6902 operations the slot patch uses; {@code move}, {@code copy} and {@code test} never occur. */
    public enum Kind implements WireValue {
        ADD, REMOVE, REPLACE;

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
