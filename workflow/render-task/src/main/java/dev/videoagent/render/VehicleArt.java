package dev.videoagent.render;

import dev.videoagent.core.model.Figure;

/** What drives or sails: cars, buses, trains, bicycles, motorcycles, boats, ships. Wheels turn with the pose. */
final class VehicleArt {

    private VehicleArt() {
    }

    static void draw(Pen p, Figure figure, Pose pose, boolean night) {
        double turn = pose.phase() * 3;
        switch (figure) {
            case BUS -> {
                int c = pose.main(0xf59f00);
                p.color(c).round(-0.9, -0.9, 1.8, 0.75, 0.12);
                for (int i = 0; i < 5; i++) {
                    p.glow(night ? 0xffe066 : 0xa5d8ff).rect(-0.8 + i * 0.32, -0.8, 0.24, 0.25);
                }
                p.wheel(-0.55, -0.12, 0.13, turn).wheel(0.55, -0.12, 0.13, turn);
                headlight(p, night, 0.9, -0.35);
            }
            case TRAIN -> {
                int c = pose.main(0x1971c2);
                for (int car = 0; car < 3; car++) {
                    double x = -1.6 + car * 1.1;
                    p.color(car == 2 ? c : dev.videoagent.core.model.Colors.mix(c, 0xffffff, 0.25)).round(x, -0.8, 1.0, 0.65, 0.1);
                    p.glow(night ? 0xffe066 : 0xd0ebff).rect(x + 0.1, -0.7, 0.8, 0.2);
                    p.wheel(x + 0.2, -0.1, 0.1, turn).wheel(x + 0.8, -0.1, 0.1, turn);
                }
                headlight(p, night, 0.6, -0.4);
            }
            case BICYCLE, MOTORCYCLE -> {
                boolean motor = figure == Figure.MOTORCYCLE;
                int c = pose.main(motor ? 0x212529 : 0x2b8a3e);
                p.wheel(-0.4, -0.22, 0.22, turn).wheel(0.4, -0.22, 0.22, turn);
                p.color(c).line(-0.4, -0.22, 0, -0.45, 0.05).line(0, -0.45, 0.4, -0.22, 0.05).line(0, -0.45, 0.3, -0.55, 0.05);
                if (motor) {
                    p.color(c).round(-0.3, -0.55, 0.55, 0.2, 0.1);
                }
                // the rider, smaller than standing, sitting on the saddle
                p.g.translate(-0.02, -0.35);
                p.g.scale(0.75, 0.75);
                PeopleArt.person(p, new Pose(pose.motion(), pose.phase(), -1), 0x1c7ed6, 0x343a40, 0.24);
                p.g.scale(1 / 0.75, 1 / 0.75);
                p.g.translate(0.02, 0.35);
            }
            case BOAT -> {
                int c = pose.main(0xf8f9fa);
                p.color(0x8d5b3c).poly(-0.6, -0.25, 0.6, -0.25, 0.45, 0, -0.45, 0);
                p.color(0x495057).line(0, -0.25, 0, -1.0, 0.04);
                p.color(c).poly(0.03, -0.98, 0.03, -0.3, 0.5, -0.3);
            }
            case SHIP -> {
                int c = pose.main(0x343a40);
                p.color(c).poly(-1.0, -0.35, 1.0, -0.35, 0.8, 0, -0.85, 0);
                p.color(0xf1f3f5).rect(-0.5, -0.62, 0.9, 0.27);
                p.color(0xe03131).rect(-0.15, -0.85, 0.18, 0.23);
                for (int i = 0; i < 5; i++) {
                    p.glow(night ? 0xffe066 : 0x74c0fc).ellipse(-0.4 + i * 0.18, -0.5, 0.07, 0.07);
                }
            }
            default -> {
                int c = pose.main(0xd62828);
                p.color(c).round(-0.75, -0.55, 1.5, 0.38, 0.18).round(-0.35, -0.85, 0.8, 0.36, 0.2);
                p.glow(night ? 0x495057 : 0xa5d8ff).round(-0.25, -0.8, 0.3, 0.24, 0.08).round(0.1, -0.8, 0.3, 0.24, 0.08);
                p.wheel(-0.42, -0.17, 0.17, turn).wheel(0.42, -0.17, 0.17, turn);
                headlight(p, night, 0.75, -0.42);
            }
        }
    }

    private static void headlight(Pen p, boolean night, double x, double y) {
        p.glow(0xfff3bf).ellipse(x, y, 0.08, 0.08);
        if (night) {
            p.g.setColor(new java.awt.Color(255, 243, 191, 70));
            p.poly(x, y - 0.04, x + 1.4, y - 0.25, x + 1.4, y + 0.3, x, y + 0.04);
        }
    }
}
