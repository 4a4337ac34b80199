package dev.videoagent.render;

import dev.videoagent.core.model.Figure;

/** What swims: fish, whales, jellyfish. */
final class WaterArt {

    private WaterArt() {
    }

    static void draw(Pen p, Figure figure, Pose pose) {
        double wag = Math.sin(pose.phase() * 1.8) * 0.12;
        switch (figure) {
            case WHALE -> {
                int c = pose.main(0x3b5b92);
                p.color(c).poly(-0.55, -0.45, -0.95, -0.65 + wag, -0.95, -0.25 + wag);
                p.color(c).ellipse(0, -0.45, 1.2, 0.5);
                p.color(0xdfe7f2).ellipse(0.1, -0.3, 0.9, 0.18);
                p.glow(0x111111).ellipse(0.38, -0.5, 0.05, 0.05);
            }
            case JELLYFISH -> {
                int c = pose.main(0xda77f2);
                for (int i = 0; i < 5; i++) {
                    double x = -0.25 + i * 0.125;
                    p.color(c).line(x, -0.55, x + Math.sin(pose.phase() + i) * 0.06, -0.1, 0.03);
                }
                p.glow(dev.videoagent.core.model.Colors.mix(c, 0xffffff, 0.35)).ellipse(0, -0.62, 0.6, 0.42);
            }
            default -> {
                int c = pose.main(0xf08c00);
                p.color(c).poly(-0.4, -0.5, -0.7, -0.7 + wag, -0.7, -0.3 + wag);
                p.color(c).ellipse(0, -0.5, 0.9, 0.5);
                p.color(0xfff4e6).ellipse(0.15, -0.4, 0.4, 0.15);
                p.glow(0x111111).ellipse(0.28, -0.55, 0.07, 0.07);
            }
        }
    }
}
