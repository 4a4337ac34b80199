package dev.videoagent.render;

import java.awt.Color;

/** What the painters share: where the horizon is, and two small helpers. */
final class Scene {

    /** The horizon's height as a fraction of the frame's, before the camera moves it. */
    static final double HORIZON = 0.64;

    private Scene() {
    }

    /** {@code value} modulo {@code range}, never negative: particles leaving one edge come back at the other. */
    static double wrap(double value, double range) {
        double r = value % range;
        return r < 0 ? r + range : r;
    }

    static Color withAlpha(Color c, float alpha) {
        int a = Math.max(0, Math.min(255, Math.round(alpha * 255)));
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }
}
