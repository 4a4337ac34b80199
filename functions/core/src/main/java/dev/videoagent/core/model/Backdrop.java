package dev.videoagent.core.model;

/**
 * Where a scene is, as the renderer draws it: a backdrop of depth layers. Chosen from the prompt's place
 * ({@code scene-grammar.tsv}); {@link #OPEN_LAND} when the prompt names none the renderer knows.
 */
public enum Backdrop {
    CITY, STREET, VILLAGE, FOREST, MEADOW, BEACH, OCEAN, LAKE, RIVER, MOUNTAINS, DESERT, SNOWFIELD, SPACE, SKY,
    ROAD, ROOM, KITCHEN, CAFE, LIBRARY, STAGE, UNDERWATER, OPEN_LAND;

    /** Indoors: no sky, no sun or moon, no weather drawn over it. */
    public boolean indoor() {
        return this == ROOM || this == KITCHEN || this == CAFE || this == LIBRARY || this == STAGE;
    }

    /** The backdrop fills the frame (indoors, space, under water): no sky, sun, moon or clouds show behind it. */
    public boolean coversSky() {
        return indoor() || this == SPACE || this == UNDERWATER;
    }

    /** Things stand in water here, not on ground. */
    public boolean water() {
        return this == OCEAN || this == LAKE || this == RIVER || this == UNDERWATER;
    }
}
