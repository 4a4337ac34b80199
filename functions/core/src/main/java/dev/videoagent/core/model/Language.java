package dev.videoagent.core.model;

/**
 * The language of an idea as the engine reads it: Hangul only, Latin letters only, both, or neither
 * (digits, emoji, punctuation).
 */
public enum Language implements WireValue {
    KO("ko"), EN("en"), MIXED("mixed"), UNKNOWN("unknown");

    private final String wire;

    Language(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static Language fromWire(String wire) {
        return WireValue.parse(Language.class, wire);
    }

    /** The wire value, so logs and messages read as the JSON does. */
    @Override
    public String toString() {
        return wire;
    }
}
