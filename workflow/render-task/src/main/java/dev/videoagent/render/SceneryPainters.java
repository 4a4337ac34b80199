package dev.videoagent.render;

import dev.videoagent.core.model.Colors;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;

/** Scenery that moves: clouds and stars in the sky behind the subject, waves on the water in front of it. */
final class SceneryPainters {

    private SceneryPainters() {
    }

    /** Clouds drifting sideways; faint against a night sky. */
    static Painter clouds(List<Particle> particles, int width, int height, int skyTop) {
        Color color = new Color(255, 255, 255, Colors.luma(skyTop) < 60 ? 40 : 150);
        return (g, frame) -> {
            double s = frame.motion();
            g.setColor(color);
            for (int i = 0; i < 7; i++) {
                // particles of their own, so a cloud's place does not follow the first snowflakes'
                Particle p = particles.get(i + 100);
                double cw = width * (0.18 + 0.14 * p.size());
                double x = Scene.wrap(p.x() * width * 1.4 + s * (12 + 20 * p.speed()) * width / 640.0, width * 1.4)
                        - width * 0.2;
                double y = height * (0.06 + 0.34 * p.y());
                for (int k = 0; k < 4; k++) {
                    g.fill(new Ellipse2D.Double(x + k * cw * 0.22, y - (k % 2) * cw * 0.07, cw * 0.45, cw * 0.22));
                }
            }
        };
    }

    /** Twinkling stars, all above the horizon. */
    static Painter stars(List<Particle> particles, int width, int height) {
        return (g, frame) -> {
            double s = frame.motion();
            for (int i = 0; i < 150; i++) {
                Particle p = particles.get(i);
                double twinkle = 0.55 + 0.45 * Math.sin(s * (1.5 + 3 * p.speed()) + p.phase() * 6.28);
                frame.dots().disc(p.x() * width, p.y() * height * Scene.HORIZON * 0.95, 1 + 2.2 * p.size(), 0xfffff0,
                        0.9 * twinkle);
            }
        };
    }

    /** Four bands of translucent water across the bottom, the nearer ones lighter and rolling faster. */
    static Painter waves(int width, int height, double energy) {
        return (g, frame) -> {
            double s = frame.motion();
            for (int band = 0; band < 4; band++) {
                Path2D.Double wave = new Path2D.Double();
                double base = height * (0.7 + band * 0.08);
                wave.moveTo(-width * 0.1, height * 1.1);
                for (int x = -width / 10; x <= width * 11 / 10; x += width / 64) {
                    double y = base + Math.sin(x / (width / 7.0) + s * (1.2 + band * 0.3) * energy + band)
                            * height * 0.02 * (1 + band * 0.3);
                    wave.lineTo(x, y);
                }
                wave.lineTo(width * 1.1, height * 1.1);
                wave.closePath();
                g.setColor(new Color(Colors.mix(0x1f6fb2, 0x9ed8f5, band / 4.0) & 0xffffff | 0xb4 << 24, true));
                g.fill(wave);
            }
        };
    }
}
