package dev.videoagent.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;

/** The fallback's own look: rings pulsing out from the center, whatever the prompt. */
final class FallbackPainter implements Painter {

    private final Color accent;
    private final int width;
    private final int height;

    FallbackPainter(int accent, int width, int height) {
        this.accent = new Color(accent);
        this.width = width;
        this.height = height;
    }

    @Override
    public void paint(Graphics2D g, FrameCanvas frame) {
        double s = frame.seconds();
        double cx = width / 2.0;
        double cy = height * 0.42;
        g.setStroke(new BasicStroke(Math.max(3f, height / 120f)));
        for (int i = 0; i < 6; i++) {
            double phase = Scene.wrap(s * 0.35 + i / 6.0, 1.0);
            double r = height * (0.05 + 0.45 * phase);
            g.setColor(Scene.withAlpha(accent, (float) (1 - phase)));
            g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        }
        double r = height * (0.06 + 0.01 * Math.sin(s * 3));
        g.setColor(accent);
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }
}
