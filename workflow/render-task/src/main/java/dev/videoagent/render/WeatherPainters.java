package dev.videoagent.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.util.List;

/** Things falling or rising through the air, in front of the subject: snow, rain, petals and leaves, bubbles. */
final class WeatherPainters {

    private WeatherPainters() {
    }

    static Painter snow(List<Particle> particles, int width, int height) {
        return (g, frame) -> {
            double s = frame.motion();
            for (int i = 0; i < 220; i++) {
                Particle p = particles.get(i);
                double size = 2 + p.size() * height / 180.0;
                double y = Scene.wrap(p.y() * height + s * (25 + 45 * p.speed()) * height / 360.0, height);
                double x = Scene.wrap(p.x() * width + Math.sin(p.phase() * 6.28 + s * (0.6 + p.drift())) * 18, width);
                frame.dots().disc(x, y, size, 0xffffff, 0.88);
            }
        };
    }

    /** Streaks slanted by the wind, falling faster the more energetic the plan. */
    static Painter rain(List<Particle> particles, int width, int height, double energy) {
        BasicStroke stroke = new BasicStroke(Math.max(1f, height / 540f));
        Color color = new Color(200, 210, 230, 150);
        return (g, frame) -> {
            double s = frame.motion();
            g.setStroke(stroke);
            g.setColor(color);
            for (int i = 0; i < 260; i++) {
                Particle p = particles.get(i);
                double len = height * (0.03 + 0.03 * p.size());
                double y = Scene.wrap(p.y() * height + s * (380 + 200 * p.speed()) * height / 360.0 * energy,
                        height + len) - len;
                double x = Scene.wrap(p.x() * width - y * 0.12, width);
                g.drawLine((int) x, (int) y, (int) (x - len * 0.12), (int) (y + len));
            }
        };
    }

    /** Petals or leaves (in two alternating colors), tumbling as they drift down and sideways. */
    static Painter tumbling(List<Particle> particles, int width, int height, Color even, Color odd) {
        return (g, frame) -> {
            double s = frame.motion();
            for (int i = 0; i < 90; i++) {
                Particle p = particles.get(i);
                double size = height / 90.0 * (1 + p.size());
                double y = Scene.wrap(p.y() * height + s * (30 + 30 * p.speed()) * height / 360.0, height);
                double x = Scene.wrap(p.x() * width + s * 40 * (0.5 + p.drift())
                        + Math.sin(s * 2 + p.phase() * 6.28) * 25, width);
                AffineTransform keep = g.getTransform();
                g.translate(x, y);
                g.rotate(s * (1 + p.phase() * 2) + p.speed() * 6.28);
                g.setColor(i % 2 == 0 ? even : odd);
                g.fill(new Ellipse2D.Double(-size, -size / 2.4, size * 2, size / 1.2));
                g.setTransform(keep);
            }
        };
    }

    static Painter petals(List<Particle> particles, int width, int height) {
        return tumbling(particles, width, height, new Color(255, 183, 213, 220), new Color(255, 214, 232, 220));
    }

    static Painter leaves(List<Particle> particles, int width, int height) {
        return tumbling(particles, width, height, new Color(214, 120, 40, 220), new Color(168, 84, 24, 220));
    }

    /** Rings with a highlight, rising from the bottom and coming back there once past the top. */
    static Painter bubbles(List<Particle> particles, int width, int height) {
        BasicStroke stroke = new BasicStroke(Math.max(1.5f, height / 360f));
        Color rim = new Color(220, 245, 255, 170);
        Color highlight = new Color(255, 255, 255, 120);
        return (g, frame) -> {
            double s = frame.motion();
            g.setStroke(stroke);
            for (int i = 0; i < 70; i++) {
                Particle p = particles.get(i);
                double r = height / 70.0 * (0.6 + 1.6 * p.size());
                double rise = Scene.wrap(p.y() * height + s * (40 + 50 * p.speed()) * height / 360.0, height + 2 * r);
                double y = height - rise + r;
                double x = p.x() * width + Math.sin(s * 2.2 + p.phase() * 6.28) * 14;
                g.setColor(rim);
                g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
                g.setColor(highlight);
                g.fill(new Ellipse2D.Double(x - r * 0.5, y - r * 0.6, r * 0.5, r * 0.4));
            }
        };
    }
}
