package dev.videoagent.render;

import dev.videoagent.core.model.Figure;

/** What stands: trees, flowers, houses, lighthouses, tents, castles, umbrellas, cakes, snowmen, other things. */
final class ThingArt {

    private ThingArt() {
    }

    static void draw(Pen p, Figure figure, Pose pose, boolean night) {
        double sway = Math.sin(pose.phase() * 0.5) * 0.03;
        switch (figure) {
            case TREE -> {
                p.color(0x6b4423).round(-0.06, -0.5, 0.12, 0.5, 0.04);
                p.g.rotate(sway, 0, -0.5);
                int c = pose.main(0x3f8f3a);
                p.color(c).ellipse(0, -0.72, 0.7, 0.5).ellipse(-0.18, -0.85, 0.45, 0.4).ellipse(0.18, -0.88, 0.45, 0.4);
                p.g.rotate(-sway, 0, -0.5);
            }
            case FLOWER -> {
                p.g.rotate(sway * 2, 0, 0);
                p.color(0x2f9e44).line(0, 0, 0, -0.6, 0.05).ellipse(0.1, -0.3, 0.2, 0.08);
                int c = pose.main(0xf06595);
                for (int i = 0; i < 6; i++) {
                    double a = i * Math.PI / 3;
                    p.color(c).ellipse(Math.cos(a) * 0.12, -0.75 + Math.sin(a) * 0.12, 0.18, 0.18);
                }
                p.glow(0xfcc419).ellipse(0, -0.75, 0.12, 0.12);
                p.g.rotate(-sway * 2, 0, 0);
            }
            case HOUSE -> {
                int c = pose.main(0xd9a066);
                p.color(c).rect(-0.45, -0.6, 0.9, 0.6);
                p.color(0x8c3b2e).poly(-0.55, -0.6, 0, -1.0, 0.55, -0.6);
                int window = night ? 0xffd27a : 0xa5d8ff;
                p.glow(window).rect(-0.33, -0.45, 0.2, 0.18).rect(0.13, -0.45, 0.2, 0.18);
                p.color(0x5c3b28).rect(-0.08, -0.3, 0.16, 0.3);
            }
            case LIGHTHOUSE -> {
                int c = pose.main(0xf8f9fa);
                p.color(c).poly(-0.16, 0, 0.16, 0, 0.1, -0.8, -0.1, -0.8);
                p.color(0xe03131).poly(-0.145, -0.2, 0.145, -0.2, 0.13, -0.35, -0.13, -0.35)
                        .poly(-0.12, -0.5, 0.12, -0.5, 0.11, -0.65, -0.11, -0.65);
                p.color(0x343a40).rect(-0.12, -0.92, 0.24, 0.12).poly(-0.14, -0.92, 0.14, -0.92, 0, -1.0);
                p.glow(0xffe066).rect(-0.08, -0.9, 0.16, 0.08);
                double beam = Math.sin(pose.phase() * 0.8);
                p.g.setColor(new java.awt.Color(255, 236, 153, night ? 110 : 50));
                p.poly(0, -0.86, 1.6 * beam, -1.0, 1.6 * beam, -0.72);
            }
            case TENT -> {
                int c = pose.main(0xf76707);
                p.color(c).poly(-0.6, 0, 0, -0.8, 0.6, 0);
                p.color(0x5c2a00).poly(-0.12, 0, 0, -0.45, 0.12, 0);
            }
            case CASTLE -> {
                int c = pose.main(0xadb5bd);
                p.color(c).rect(-0.55, -0.55, 1.1, 0.55);
                for (int i = -1; i <= 1; i++) {
                    double x = i * 0.42;
                    p.color(c).rect(x - 0.12, -0.85 - (i == 0 ? 0.15 : 0), 0.24, 0.85 + (i == 0 ? 0.15 : 0));
                    p.color(0x5f3dc4).poly(x - 0.15, -0.85 - (i == 0 ? 0.15 : 0), x, -1.05 - (i == 0 ? 0.15 : 0),
                            x + 0.15, -0.85 - (i == 0 ? 0.15 : 0));
                    p.glow(night ? 0xffd27a : 0x495057).rect(x - 0.04, -0.6, 0.08, 0.12);
                }
                p.color(0x495057).round(-0.12, -0.3, 0.24, 0.3, 0.2);
            }
            case UMBRELLA -> {
                int c = pose.main(0x1c7ed6);
                p.color(0x343a40).line(0, 0, 0, -0.7, 0.03);
                p.g.rotate(sway, 0, -0.7);
                p.color(c).poly(-0.5, -0.62, -0.35, -0.85, 0, -0.95, 0.35, -0.85, 0.5, -0.62);
                p.g.rotate(-sway, 0, -0.7);
            }
            case CAKE -> {
                int c = pose.main(0xf783ac);
                p.color(0xfff0f6).rect(-0.45, -0.35, 0.9, 0.35);
                p.color(c).rect(-0.35, -0.65, 0.7, 0.3).rect(-0.45, -0.38, 0.9, 0.06);
                p.color(0xffffff).rect(-0.03, -0.85, 0.06, 0.2);
                p.glow(0xffa94d).ellipse(0, -0.9 + Math.sin(pose.phase() * 3) * 0.01, 0.06, 0.1);
            }
            case SNOWMAN -> {
                int c = pose.main(0xf8f9fa);
                p.color(c).ellipse(0, -0.22, 0.5, 0.44).ellipse(0, -0.58, 0.38, 0.34).ellipse(0, -0.85, 0.28, 0.26);
                p.color(0x212529).rect(-0.14, -1.05, 0.28, 0.14).rect(-0.2, -0.97, 0.4, 0.04);
                p.glow(0xf76707).poly(0.04, -0.86, 0.22, -0.84, 0.04, -0.82);
                p.color(0xc92a2a).rect(-0.16, -0.72, 0.32, 0.05);
            }
            default -> {
                int c = pose.main(0x4dabf7);
                p.color(c).rect(-0.35, -0.6, 0.7, 0.6);
                p.color(0xffd43b).rect(-0.05, -0.6, 0.1, 0.6).rect(-0.35, -0.35, 0.7, 0.08);
            }
        }
    }
}
