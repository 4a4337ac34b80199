package dev.videoagent.render;

import dev.videoagent.core.model.Figure;

/** What flies or floats: birds, butterflies, dragons, aircraft, rockets, balloons, kites, lanterns. */
final class FlyingArt {

    private FlyingArt() {
    }

    static void draw(Pen p, Figure figure, Pose pose) {
        double flap = Math.sin(pose.phase() * 2.2);
        switch (figure) {
            case BIRD -> {
                int c = pose.main(0x3d405b);
                p.color(c).ellipse(0, -0.5, 0.7, 0.3).ellipse(0.34, -0.58, 0.24, 0.22);
                p.glow(0xf2a541).poly(0.45, -0.6, 0.58, -0.56, 0.45, -0.53);
                p.color(c).poly(-0.1, -0.55, 0.15, -0.55, -0.05, -0.55 - 0.5 * flap);
                p.color(c).poly(-0.35, -0.5, -0.6, -0.62, -0.6, -0.4);
            }
            case BUTTERFLY -> {
                int c = pose.main(0xf28482);
                double w = 0.35 + 0.25 * Math.abs(flap);
                p.color(c).ellipse(-w / 2, -0.62, w, 0.45).ellipse(w / 2, -0.62, w, 0.45);
                p.color(dev.videoagent.core.model.Colors.mix(c, 0xffffff, 0.3)).ellipse(-w / 2.5, -0.3, w * 0.7, 0.3)
                        .ellipse(w / 2.5, -0.3, w * 0.7, 0.3);
                p.color(0x2b2d42).round(-0.04, -0.8, 0.08, 0.65, 0.08);
            }
            case DRAGON -> dragon(p, pose, flap);
            case AIRPLANE -> {
                int c = pose.main(0xe9ecef);
                p.color(c).round(-0.7, -0.6, 1.4, 0.22, 0.22);
                p.color(c).poly(-0.1, -0.52, 0.2, -0.52, -0.25, -0.15, -0.4, -0.15);
                p.color(c).poly(-0.62, -0.58, -0.48, -0.58, -0.62, -0.9, -0.72, -0.9);
                p.color(0x1c7ed6).rect(-0.5, -0.55, 1.0, 0.04);
                p.glow(0x74c0fc).ellipse(0.58, -0.52, 0.12, 0.08);
            }
            case HELICOPTER -> {
                int c = pose.main(0xe03131);
                p.color(c).ellipse(0, -0.45, 0.8, 0.45).line(-0.35, -0.5, -0.9, -0.55, 0.1);
                p.glow(0x99e9f2).ellipse(0.2, -0.5, 0.3, 0.22);
                p.color(0x343a40).line(0, -0.68, 0, -0.78, 0.05).line(-0.2, -0.12, 0.25, -0.12, 0.04);
                double r = Math.cos(pose.phase() * 6) * 0.7;
                p.color(0x343a40).line(-r, -0.8, r, -0.8, 0.04);
            }
            case ROCKET -> {
                int c = pose.main(0xf8f9fa);
                p.glow(0xffa94d).poly(-0.1, -0.1, 0.1, -0.1, 0, 0.15 + 0.1 * Math.abs(flap));
                p.color(c).round(-0.14, -0.9, 0.28, 0.8, 0.2).poly(-0.14, -0.82, 0.14, -0.82, 0, -1.05);
                p.color(0xe03131).poly(-0.14, -0.35, -0.3, -0.1, -0.14, -0.1).poly(0.14, -0.35, 0.3, -0.1, 0.14, -0.1);
                p.glow(0x4dabf7).ellipse(0, -0.62, 0.14, 0.14);
            }
            case BALLOON -> {
                int c = pose.main(0xf03e3e);
                p.color(0x8d6e4a).rect(-0.1, -0.15, 0.2, 0.15);
                p.color(0x5c4631).line(-0.1, -0.15, -0.2, -0.4, 0.015).line(0.1, -0.15, 0.2, -0.4, 0.015);
                p.color(c).ellipse(0, -0.68, 0.62, 0.66);
                p.color(0xffd43b).ellipse(0, -0.68, 0.24, 0.66);
            }
            case KITE -> {
                int c = pose.main(0xe03131);
                double tilt = Math.sin(pose.phase()) * 0.15;
                p.g.rotate(tilt, 0, -0.6);
                p.color(c).poly(0, -1.0, 0.25, -0.65, 0, -0.2, -0.25, -0.65);
                p.color(0xffd43b).poly(0, -1.0, 0.25, -0.65, 0, -0.65);
                p.g.rotate(-tilt, 0, -0.6);
                for (int i = 0; i < 4; i++) {
                    double y = -0.15 + i * 0.12;
                    p.color(0x495057).line(Math.sin(pose.phase() + i) * 0.05, y, Math.sin(pose.phase() + i + 1) * 0.05,
                            y + 0.12, 0.015);
                }
            }
            case LANTERN -> {
                int c = pose.main(0xff922b);
                p.glow(0xffe8a3).ellipse(0, -0.5, 0.9, 0.9);
                p.glow(c).round(-0.3, -0.85, 0.6, 0.7, 0.35);
                p.color(0x5c3d2e).rect(-0.2, -0.92, 0.4, 0.07).rect(-0.2, -0.17, 0.4, 0.07);
            }
            default -> p.color(pose.main(0x868e96)).ellipse(0, -0.5, 0.6, 0.4);
        }
    }

    private static void dragon(Pen p, Pose pose, double flap) {
        int c = pose.main(0x2f9e44);
        int wing = dev.videoagent.core.model.Colors.mix(c, 0x000000, 0.3);
        p.color(wing).poly(-0.2, -0.55, 0.25, -0.55, -0.1, -0.55 - 0.6 * flap, -0.4, -0.55 - 0.45 * flap);
        p.color(c).line(-0.5, -0.45, -1.0, -0.3 + Math.sin(pose.phase()) * 0.08, 0.12);
        p.color(c).ellipse(0, -0.48, 0.9, 0.3);
        p.color(c).line(0.35, -0.5, 0.55, -0.72, 0.14).ellipse(0.62, -0.75, 0.26, 0.18);
        p.glow(0xffd43b).ellipse(0.66, -0.78, 0.05, 0.05);
        p.color(c).limb(-0.2, -0.38, 0.22, 0.3, 0.07).limb(0.2, -0.38, 0.22, -0.2, 0.07);
    }
}
