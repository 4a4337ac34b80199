package dev.videoagent.core.model;

import java.util.Objects;

/** What the optional LLM rewrite did: not requested, used, or rejected with the reason. */
public record RewriteOutcome(Status status, String reason, String model) {

    public static final RewriteOutcome OFF = new RewriteOutcome(Status.OFF, null, null);

    public RewriteOutcome {
        Objects.requireNonNull(status, "status"); // "not requested" is OFF, never null
    }

    public static RewriteOutcome used(String model) {
        return new RewriteOutcome(Status.USED, null, model);
    }

    public static RewriteOutcome rejected(String reason, String model) {
        return new RewriteOutcome(Status.REJECTED, reason, model);
    }

    public enum Status implements WireValue {
        OFF, USED, REJECTED;

        public static Status fromWire(String wire) {
            return WireValue.parse(Status.class, wire);
        }

        /** The wire value, so logs and messages read as the JSON does. */
        @Override
        public String toString() {
            return wire();
        }
    }
}
