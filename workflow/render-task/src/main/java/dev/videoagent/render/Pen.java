package dev.videoagent.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Draws a figure in its own units: the origin at its feet, one unit its height, facing right. The figure arts
 * say what to draw in those units; the pen fills it in the scene's light.
 */
final class Pen {

    final Graphics2D g;
    private final Look look;

    Pen(Graphics2D g, Look look) {
        this.g = g;
        this.look = look;
    }

    Look look() {
        return look;
    }

    Pen color(int rgb) {
        g.setColor(look.lit(rgb));
        return this;
    }

    /** A colour that shines whatever the light: lamps, lit windows, flames. */
    Pen glow(int rgb) {
        g.setColor(new Color(rgb));
        return this;
    }

    Pen ellipse(double cx, double cy, double w, double h) {
        g.fill(new Ellipse2D.Double(cx - w / 2, cy - h / 2, w, h));
        return this;
    }

    Pen rect(double x, double y, double w, double h) {
        g.fill(new Rectangle2D.Double(x, y, w, h));
        return this;
    }

    Pen round(double x, double y, double w, double h, double r) {
        g.fill(new RoundRectangle2D.Double(x, y, w, h, r, r));
        return this;
    }

    /** A closed polygon through the points (x0, y0, x1, y1, ...). */
    Pen poly(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        g.fill(p);
        return this;
    }

    /** A limb or a line of width {@code w}, with round ends. */
    Pen line(double x0, double y0, double x1, double y1, double w) {
        g.setStroke(new BasicStroke((float) w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x0, y0, x1, y1));
        return this;
    }

    /** A limb from (x, y) of length {@code len} at {@code angle} radians from straight down. */
    Pen limb(double x, double y, double len, double angle, double w) {
        return line(x, y, x + Math.sin(angle) * len, y + Math.cos(angle) * len, w);
    }

    /** A wheel with a spoke that turns with {@code turn} (radians). */
    Pen wheel(double cx, double cy, double r, double turn) {
        color(0x1e1e22).ellipse(cx, cy, r * 2, r * 2);
        color(0x9a9ca3).ellipse(cx, cy, r, r);
        return color(0x1e1e22).line(cx, cy, cx + Math.cos(turn) * r * 0.5, cy + Math.sin(turn) * r * 0.5, r * 0.18);
    }
}
