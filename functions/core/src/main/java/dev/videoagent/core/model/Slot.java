package dev.videoagent.core.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** What part of a video prompt a concept fills. Declaration order is composition order. */
public enum Slot {
    SUBJECT, MODIFIER, STATE, ACTION, MANNER, PLACE, TIME, WEATHER, SEASON, LIGHTING, MOOD, COLOR,
    SHOT, ANGLE, LENS, MOVEMENT, SPEED, STYLE, QUALITY;

    private static final Map<String, Slot> BY_KEY = new HashMap<>();

    static {
        for (Slot slot : values()) {
            BY_KEY.put(slot.key(), slot);
        }
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The slot for its key (case-insensitive); unknown keys fail as {@link #valueOf} does. */
    public static Slot parse(String text) {
        Slot slot = BY_KEY.get(text.trim());
        return slot != null ? slot : valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /** Camera slots are reported together under {@code camera}. */
    public boolean isCamera() {
        return this == SHOT || this == ANGLE || this == LENS || this == MOVEMENT || this == SPEED;
    }

    /** Slots whose concepts are things: they head noun phrases (subjects, objects, places). */
    public boolean isThing() {
        return this == SUBJECT || this == PLACE;
    }

    /** Slots that describe a thing: they attach to a noun. */
    public boolean describes() {
        return this == MODIFIER || this == COLOR || this == STATE;
    }
}
