package dev.videoagent.render;

import dev.videoagent.core.model.Colors;
import dev.videoagent.core.model.Palette;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;

/** The moon in a dark sky, the sun in a light one, each with a soft halo. */
final class CelestialPainter implements Painter {

    private final boolean dark;
    private final Color core;
    private final double radius;
    private final double x;
    private final double y;

    CelestialPainter(Palette palette, int width, int height) {
        this.dark = Colors.luma(palette.skyTop()) < 60;
        this.radius = height * (dark ? 0.05 : 0.08);
        this.x = width * 0.78;
        this.y = height * (dark ? 0.18 : 0.2);
        this.core = dark ? new Color(0xf2f0e6) : new Color(Colors.mix(palette.skyBottom(), Colors.WHITE, 0.75));
    }

    @Override
    public void paint(Graphics2D g, FrameCanvas frame) {
        double r = radius;
        for (int i = 3; i >= 1; i--) {
            g.setColor(Scene.withAlpha(core, 0.08f * (4 - i)));
            double rr = r * (1 + i * 0.45);
            g.fill(new Ellipse2D.Double(x - rr, y - rr, rr * 2, rr * 2));
        }
        g.setColor(core);
        g.fill(new Ellipse2D.Double(x - r, y - r, r * 2, r * 2));
    }
}
