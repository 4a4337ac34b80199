package dev.videoagent.core.model;

/**
 * The colors of a scene as 0xRRGGBB: the sky from top to horizon, the ground, and the accent the
 * subject and highlights are drawn in. {@code saturation} scales the motion layers' colors.
 */
public record Palette(int skyTop, int skyBottom, int ground, int accent, double saturation) {

    /** Mean luma (BT.601) of the sky and ground as the frame shows them, 0..255. */
    public double luma() {
        return 0.3 * Colors.luma(skyTop) + 0.35 * Colors.luma(skyBottom) + 0.35 * Colors.luma(ground);
    }
}
