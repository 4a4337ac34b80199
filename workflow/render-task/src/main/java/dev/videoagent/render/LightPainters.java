package dev.videoagent.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/** Things that glow: fireworks, sparks and fireflies in front of the subject, neon signs behind it. */
final class LightPainters {

    private static final Color[] FIREWORK_COLORS = {new Color(255, 80, 80), new Color(255, 210, 70),
            new Color(120, 200, 255), new Color(190, 120, 255), new Color(120, 255, 150)};
    private static final Color[] NEON_TUBES = {new Color(255, 43, 214), new Color(43, 232, 255),
            new Color(255, 230, 60)};

    /** A new firework every so many seconds of motion; each one burns out in {@link #FIREWORK_LIFE}. */
    private static final double FIREWORK_PERIOD = 0.6;
    private static final double FIREWORK_LIFE = 2.0;

    private LightPainters() {
    }

    static Painter fireworks(List<Particle> particles, int width, int height) {
        return (g, frame) -> {
            double s = frame.motion();
            int latest = (int) Math.floor(s / FIREWORK_PERIOD);
            for (int k = Math.max(0, latest - 2); k <= latest; k++) {
                double age = s - k * FIREWORK_PERIOD;
                if (age < 0 || age > FIREWORK_LIFE) {
                    continue;
                }
                firework(g, frame.dots(), particles.get((k * 7) % particles.size()), age, width, height);
            }
        };
    }

    private static void firework(Graphics2D g, Dots dots, Particle p, double age, int width, int height) {
        Color[] colors = FIREWORK_COLORS;
        double cx = width * (0.15 + 0.7 * p.x());
        double cy = height * (0.12 + 0.3 * p.y());
        Color color = colors[(int) (p.size() * colors.length) % colors.length];
        double radius = height * 0.22 * (1 - Math.exp(-age * 2.2));
        float fade = (float) Math.max(0, 1 - age / FIREWORK_LIFE);
        // two shells of sparks with short trails toward the center
        for (int shell = 0; shell < 2; shell++) {
            double r = radius * (shell == 0 ? 1.0 : 0.62);
            Color c = shell == 0 ? color : colors[(int) (p.phase() * colors.length) % colors.length];
            int sparks = shell == 0 ? 48 : 30;
            double size = Math.max(2.5, height / (shell == 0 ? 110.0 : 140.0));
            for (int i = 0; i < sparks; i++) {
                double a = i * Math.PI * 2 / sparks + p.speed() + shell * 0.1;
                double drop = age * age * height * 0.02;
                double x = cx + Math.cos(a) * r;
                double y = cy + Math.sin(a) * r + drop;
                dots.disc(cx + Math.cos(a) * r * 0.85 - size / 2, cy + Math.sin(a) * r * 0.85 + drop - size / 2, size,
                        c.getRGB() & 0xffffff, fade * 0.35);
                dots.disc(x - size / 2, y - size / 2, size, c.getRGB() & 0xffffff, fade);
            }
        }
        g.setColor(Scene.withAlpha(Color.WHITE, fade * 0.6f));
        g.fill(new Ellipse2D.Double(cx - 4, cy - 4, 8, 8));
    }

    /** Sparks rising from the middle of the ground, fading as they go. */
    static Painter sparks(List<Particle> particles, int width, int height, double energy) {
        return (g, frame) -> {
            double s = frame.motion();
            for (int i = 0; i < 120; i++) {
                Particle p = particles.get(i);
                double life = Scene.wrap(s * (0.6 + p.speed()) * energy + p.y(), 1.0);
                double x = width * (0.3 + 0.4 * p.x()) + Math.sin(p.phase() * 6.28 + s * 3) * 30 * life;
                double y = height * (0.85 - 0.7 * life);
                int orange = 0xff0000 | (150 + (int) (90 * p.size())) << 8 | 40;
                frame.dots().disc(x, y, 2 + 3 * p.drift(), orange, 1 - life);
            }
        };
    }

    /** Fireflies wandering below the sky, each blinking at its own pace. */
    static Painter fireflies(List<Particle> particles, int width, int height) {
        return (g, frame) -> {
            double s = frame.motion();
            for (int i = 0; i < 45; i++) {
                Particle p = particles.get(i);
                double x = p.x() * width + Math.sin(s * (0.4 + p.speed()) + p.phase() * 6.28) * width * 0.04;
                double y = height * (0.35 + 0.55 * p.y())
                        + Math.cos(s * (0.5 + p.drift()) + p.size() * 6.28) * height * 0.03;
                double blink = 0.5 + 0.5 * Math.sin(s * (2 + 3 * p.size()) + p.speed() * 6.28);
                double r = height / 110.0;
                g.setColor(new Color(210, 255, 90, (int) (70 * blink)));
                g.fill(new Ellipse2D.Double(x - r * 2.5, y - r * 2.5, r * 5, r * 5));
                g.setColor(new Color(240, 255, 150, (int) (230 * blink)));
                g.fill(new Ellipse2D.Double(x - r / 2, y - r / 2, r, r));
            }
        };
    }

    /** Pulsing neon tubes with a glow around them. */
    static Painter neon(List<Particle> particles, int width, int height) {
        BasicStroke stroke = new BasicStroke(Math.max(2f, height / 240f));
        return (g, frame) -> {
            double s = frame.motion();
            for (int i = 0; i < 8; i++) {
                // particles of their own, so the signs do not sit where the first stars are
                Particle p = particles.get(i + 200);
                double pulse = 0.6 + 0.4 * Math.sin(s * (2 + 2 * p.speed()) + p.phase() * 6.28);
                double w = width * (0.05 + 0.08 * p.size());
                double h = height * (0.03 + 0.05 * p.drift());
                double x = p.x() * width * 0.9;
                double y = height * (0.2 + 0.35 * p.y());
                Color c = NEON_TUBES[i % NEON_TUBES.length];
                g.setColor(Scene.withAlpha(c, (float) (0.25 * pulse)));
                g.fill(new RoundRectangle2D.Double(x - 8, y - 8, w + 16, h + 16, 16, 16));
                g.setStroke(stroke);
                g.setColor(Scene.withAlpha(c, (float) pulse));
                g.draw(new RoundRectangle2D.Double(x, y, w, h, 10, 10));
            }
        };
    }
}
