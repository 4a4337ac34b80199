package dev.videoagent.render;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.SplittableRandom;

/** Drawing pieces the backdrops share: ground bands, houses with windows, trees, gradients. */
final class Shapes {

    private Shapes() {
    }

    /** A band from {@code y} to the bottom of the frame (and its margin), darker towards the viewer. */
    static void ground(Graphics2D g, Look look, double y, int rgb) {
        Color near = look.lit(dev.videoagent.core.model.Colors.mix(rgb, 0x000000, 0.3));
        g.setPaint(new GradientPaint(0, (float) y, look.lit(rgb), 0, (float) (look.height * 1.1), near));
        g.fill(new Rectangle2D.Double(-look.width, y, look.width * 3, look.height * 2));
    }

    /** A full-frame vertical gradient (indoors, space, under water cover the sky). */
    static void wash(Graphics2D g, Look look, Color top, Color bottom) {
        g.setPaint(new GradientPaint(0, 0, top, 0, look.height, bottom));
        g.fill(new Rectangle2D.Double(-look.width, -look.height, look.width * 3, look.height * 3));
    }

    /** A house of width {@code w} standing on {@code base} at {@code x}: walls, roof, lit windows, door. */
    static void house(Graphics2D g, Look look, SplittableRandom r, double x, double base, double w, int wall, int roof) {
        double h = w * (0.6 + 0.3 * r.nextDouble());
        g.setColor(look.lit(wall));
        g.fill(new Rectangle2D.Double(x, base - h, w, h));
        Path2D.Double top = new Path2D.Double();
        top.moveTo(x - w * 0.08, base - h);
        top.lineTo(x + w / 2, base - h - w * 0.45);
        top.lineTo(x + w * 1.08, base - h);
        top.closePath();
        g.setColor(look.snowy ? new Color(0xf4f7fb) : look.lit(roof));
        g.fill(top);
        g.setColor(look.night ? new Color(0xffc86a) : look.lit(0xa9c6dc));
        double win = w * 0.2;
        g.fill(new Rectangle2D.Double(x + w * 0.15, base - h * 0.75, win, win));
        g.fill(new Rectangle2D.Double(x + w * 0.65, base - h * 0.75, win, win));
        g.setColor(look.lit(0x4a2f1f));
        g.fill(new Rectangle2D.Double(x + w * 0.42, base - h * 0.45, w * 0.16, h * 0.45));
    }

    /** A pine of height {@code h} on {@code base}: three stacked triangles on a trunk. */
    static void pine(Graphics2D g, Look look, double x, double base, double h, int rgb) {
        g.setColor(look.lit(0x4a3222));
        g.fill(new Rectangle2D.Double(x - h * 0.04, base - h * 0.2, h * 0.08, h * 0.2));
        g.setColor(look.lit(rgb));
        for (int i = 0; i < 3; i++) {
            double y = base - h * 0.15 - i * h * 0.25;
            double w = h * (0.45 - i * 0.1);
            Path2D.Double tri = new Path2D.Double();
            tri.moveTo(x - w / 2, y);
            tri.lineTo(x, y - h * 0.4);
            tri.lineTo(x + w / 2, y);
            tri.closePath();
            g.fill(tri);
        }
        if (look.snowy) {
            g.setColor(new Color(0xeef3f8));
            g.fill(new Ellipse2D.Double(x - h * 0.06, base - h * 0.93, h * 0.12, h * 0.08));
        }
    }

    /** A round broadleaf tree. */
    static void roundTree(Graphics2D g, Look look, double x, double base, double h, int rgb) {
        g.setColor(look.lit(0x5a3d28));
        g.fill(new Rectangle2D.Double(x - h * 0.05, base - h * 0.45, h * 0.1, h * 0.45));
        g.setColor(look.lit(rgb));
        g.fill(new Ellipse2D.Double(x - h * 0.32, base - h, h * 0.64, h * 0.62));
    }

    /** A wavy line across the frame at {@code y}, for surf and water; {@code phase} moves it. */
    static Path2D.Double wave(Look look, double y, double amplitude, double length, double phase) {
        Path2D.Double p = new Path2D.Double();
        double step = look.width / 48.0;
        for (double x = -look.width * 0.1; x <= look.width * 1.1; x += step) {
            double yy = y + Math.sin((x / length + phase) * 2 * Math.PI) * amplitude;
            if (x == -look.width * 0.1) {
                p.moveTo(x, yy);
            } else {
                p.lineTo(x, yy);
            }
        }
        return p;
    }
}
