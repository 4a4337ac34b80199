package dev.videoagent.core.model;

/**
 * The language of an idea as the engine reads it: Hangul only, Latin letters only, both, or neither
 * (digits, emoji, punctuation).
 */
public enum Language implements WireValue {
    KO, EN, MIXED, UNKNOWN;

    public static Language fromWire(String wire) {
        return WireValue.parse(Language.class, wire);
    }

    /** The wire value, so logs and messages read as the JSON does. */
    @Override
    public String toString() {
        return wire();
    }
}
