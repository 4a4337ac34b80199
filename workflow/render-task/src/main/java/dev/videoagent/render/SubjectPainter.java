package dev.videoagent.render;

import dev.videoagent.core.model.RenderPlan;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The prompt's subject as a simple figure standing on the ground in the accent color: a vehicle
 * driving across, a person or an animal hopping, anything else swaying in the middle.
 */
final class SubjectPainter implements Painter {

    private final String kind;
    private final Color accent;
    private final double energy;
    private final int width;
    private final double base;
    private final double size;

    SubjectPainter(RenderPlan plan, int width, int height) {
        this.kind = plan.subjectKind();
        this.accent = new Color(plan.palette().accent());
        this.energy = plan.energy();
        this.width = width;
        this.base = Scene.HORIZON * height + height * 0.12;
        this.size = height * 0.16;
    }

    /** Whether the plan has a subject with a figure; phenomena and body parts have none. */
    static boolean hasFigure(String kind) {
        return !(kind.isEmpty() || kind.equals("phenomenon") || kind.equals("bodypart"));
    }

    @Override
    public void paint(Graphics2D g, FrameCanvas frame) {
        double s = frame.motion();
        switch (kind) {
            case "vehicle" -> vehicle(g, s);
            case "animal", "person", "creature" -> figure(g, s);
            default -> swaying(g, s);
        }
    }

    private void vehicle(Graphics2D g, double s) {
        double x = Scene.wrap(s * width * (0.08 + 0.25 * energy), width * 1.4) - width * 0.2;
        g.setColor(accent);
        g.fill(new RoundRectangle2D.Double(x, base - size * 0.6, size * 1.8, size * 0.5, 18, 18));
        g.fill(new RoundRectangle2D.Double(x + size * 0.4, base - size * 0.95, size * 0.9, size * 0.45, 18, 18));
        g.setColor(new Color(30, 30, 30));
        g.fill(new Ellipse2D.Double(x + size * 0.2, base - size * 0.25, size * 0.35, size * 0.35));
        g.fill(new Ellipse2D.Double(x + size * 1.25, base - size * 0.25, size * 0.35, size * 0.35));
    }

    private void figure(Graphics2D g, double s) {
        double hop = Math.abs(Math.sin(s * (2 + 6 * energy))) * size * (0.15 + 0.6 * energy);
        double x = width * 0.5 + Math.sin(s * (0.5 + energy)) * width * (0.05 + 0.2 * energy);
        g.setColor(new Color(0, 0, 0, 60));
        g.fill(new Ellipse2D.Double(x - size * 0.55, base - size * 0.08, size * 1.1, size * 0.18));
        g.setColor(accent);
        if (kind.equals("person")) {
            double body = size * 0.5;
            g.fill(new RoundRectangle2D.Double(x - body / 2, base - hop - size * 1.2, body, size * 1.2, body, body));
            g.fill(new Ellipse2D.Double(x - size * 0.22, base - hop - size * 1.6, size * 0.44, size * 0.44));
        } else {
            double body = size;
            g.fill(new Ellipse2D.Double(x - body / 2, base - hop - size * 0.7, body, size * 0.6));
            g.fill(new Ellipse2D.Double(x + body * 0.25, base - hop - size * 0.95, size * 0.45, size * 0.42));
        }
    }

    private void swaying(Graphics2D g, double s) {
        double sway = Math.sin(s * (0.8 + energy)) * Math.toRadians(4);
        AffineTransform keep = g.getTransform();
        g.rotate(sway, width / 2.0, base);
        g.setColor(accent);
        g.fill(new RoundRectangle2D.Double(width / 2.0 - size * 0.6, base - size * 1.3, size * 1.2, size * 1.3,
                size * 0.4, size * 0.4));
        g.setTransform(keep);
    }
}
