package dev.videoagent.core.render;

/**
 * The colors of a scene as 0xRRGGBB: the sky from top to horizon, the ground, and the accent the
 * subject and highlights are drawn in. {@code saturation} scales the motion layers' colors.
 */
public record Palette(int skyTop, int skyBottom, int ground, int accent, double saturation) {

    /** Mean luma (BT.601) of the sky and ground as the frame shows them, 0..255. */
    public double luma() {
        return 0.3 * luma(skyTop) + 0.35 * luma(skyBottom) + 0.35 * luma(ground);
    }

    static double luma(int rgb) {
        return 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
    }
}
