package dev.videoagent.core.prompt;

import java.util.Locale;

/** What part of a video prompt a concept fills. Declaration order is composition order. */
public enum Slot {
    SUBJECT, MODIFIER, ACTION, MANNER, PLACE, TIME, WEATHER, SEASON, LIGHTING, MOOD, COLOR,
    SHOT, ANGLE, MOVEMENT, SPEED, STYLE, QUALITY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Slot parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /** Camera slots are reported together under {@code camera}. */
    public boolean isCamera() {
        return this == SHOT || this == ANGLE || this == MOVEMENT || this == SPEED;
    }
}
