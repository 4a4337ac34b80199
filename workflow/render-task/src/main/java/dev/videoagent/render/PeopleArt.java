package dev.videoagent.render;

import dev.videoagent.core.model.Figure;
import dev.videoagent.core.model.FigureMotion;

/** People and people-shaped figures: person, child, couple, dancer, runner, astronaut, Santa, robot. */
final class PeopleArt {

    private PeopleArt() {
    }

    static void draw(Pen p, Figure figure, Pose pose) {
        switch (figure) {
            case CHILD -> person(p, pose, pose.main(0xf2a33a), 0x3a5ba0, 0.34);
            case COUPLE -> {
                p.g.translate(-0.22, 0);
                person(p, pose, pose.main(0xc2455a), 0x2d3142, 0.24);
                p.g.translate(0.44, 0);
                person(p, new Pose(pose.motion(), pose.phase() + 0.6, -1), 0x3f7cac, 0x2d3142, 0.24);
                p.g.translate(-0.22, 0);
            }
            case DANCER -> dancer(p, pose);
            case RUNNER -> {
                p.g.rotate(0.18, 0, -0.5);
                person(p, new Pose(FigureMotion.RUN, pose.phase(), pose.color()), pose.main(0xe4572e), 0x22223b, 0.24);
                p.g.rotate(-0.18, 0, -0.5);
            }
            case ASTRONAUT -> astronaut(p, pose);
            case SANTA -> santa(p, pose);
            case ROBOT -> robot(p, pose);
            default -> person(p, pose, pose.main(0x3f88c5), 0x2d3142, 0.24);
        }
    }

    /** A person of {@code head} relative head size: legs and arms swing with the pose. */
    static void person(Pen p, Pose pose, int shirt, int trousers, double head) {
        double amp = switch (pose.motion()) {
            case RUN -> 0.7;
            case WALK, DANCE -> 0.4;
            case JUMP -> 0.25;
            default -> 0.05;
        };
        double s = pose.swing() * amp;
        double hip = -0.45;
        p.color(trousers).limb(-0.04, hip, 0.45, s, 0.1).limb(0.04, hip, 0.45, -s, 0.1);
        p.color(shirt).round(-0.13, -0.82, 0.26, 0.42, 0.12);
        p.color(shirt).limb(-0.11, -0.78, 0.34, -s * 0.9, 0.08).limb(0.11, -0.78, 0.34, s * 0.9, 0.08);
        p.color(0xf1c27d).ellipse(0, -0.82 - head * 0.5, head, head);
        p.color(0x3b2a20).ellipse(0, -0.82 - head * 0.78, head * 0.95, head * 0.45);
    }

    private static void dancer(Pen p, Pose pose) {
        double s = pose.swing();
        int dress = pose.main(0xd6336c);
        p.color(0x2d3142).limb(-0.03, -0.42, 0.42, s * 0.3, 0.07).limb(0.03, -0.42, 0.42, -0.5 + s * 0.2, 0.07);
        p.color(dress).poly(-0.24, -0.38, 0.24, -0.38, 0.08, -0.72, -0.08, -0.72);
        p.color(dress).round(-0.09, -0.84, 0.18, 0.3, 0.08);
        p.color(0xf1c27d).limb(-0.08, -0.8, 0.36, Math.PI - 0.6 + s * 0.4, 0.06)
                .limb(0.08, -0.8, 0.36, Math.PI + 0.6 - s * 0.4, 0.06);
        p.color(0xf1c27d).ellipse(0, -0.95, 0.2, 0.2);
        p.color(0x222222).ellipse(0, -1.02, 0.2, 0.1);
    }

    private static void astronaut(Pen p, Pose pose) {
        double s = pose.swing() * 0.2;
        int suit = pose.main(0xf1f3f5);
        p.color(0xb8bec7).round(-0.24, -0.86, 0.14, 0.36, 0.06);
        p.color(suit).limb(-0.07, -0.42, 0.4, s, 0.14).limb(0.07, -0.42, 0.4, -s, 0.14);
        p.color(suit).round(-0.17, -0.86, 0.34, 0.48, 0.14);
        p.color(suit).limb(-0.16, -0.8, 0.34, -0.5 + s, 0.11).limb(0.16, -0.8, 0.34, 0.5 - s, 0.11);
        p.color(suit).ellipse(0, -1.0, 0.34, 0.32);
        p.glow(0x3b5bdb).ellipse(0.04, -1.0, 0.22, 0.16);
        p.color(0xe03131).rect(-0.05, -0.72, 0.1, 0.06);
    }

    private static void santa(Pen p, Pose pose) {
        double s = pose.swing() * 0.35;
        int suit = pose.main(0xd62828);
        p.color(0x1b1b1b).limb(-0.06, -0.4, 0.4, s, 0.12).limb(0.06, -0.4, 0.4, -s, 0.12);
        p.color(suit).ellipse(0, -0.6, 0.5, 0.52);
        p.color(0x1b1b1b).rect(-0.25, -0.6, 0.5, 0.06);
        p.color(suit).limb(-0.2, -0.74, 0.3, -s, 0.1).limb(0.2, -0.74, 0.3, s, 0.1);
        p.color(0xf1c27d).ellipse(0, -0.93, 0.24, 0.22);
        p.color(0xf8f9fa).poly(-0.13, -0.9, 0.13, -0.9, 0, -0.72);
        p.color(suit).poly(-0.13, -1.0, 0.13, -1.0, 0.2, -1.18);
        p.color(0xf8f9fa).ellipse(0.21, -1.18, 0.07, 0.07).rect(-0.14, -1.03, 0.28, 0.05);
    }

    private static void robot(Pen p, Pose pose) {
        double s = pose.swing() * 0.3;
        int metal = pose.main(0x9aa5b1);
        p.color(0x5c677d).limb(-0.08, -0.42, 0.42, s, 0.1).limb(0.08, -0.42, 0.42, -s, 0.1);
        p.color(metal).round(-0.18, -0.84, 0.36, 0.44, 0.05);
        p.color(0x5c677d).limb(-0.2, -0.78, 0.32, -s, 0.08).limb(0.2, -0.78, 0.32, s, 0.08);
        p.color(metal).round(-0.14, -1.08, 0.28, 0.22, 0.05);
        p.glow(0x4dd0e1).ellipse(-0.06, -0.98, 0.06, 0.06).ellipse(0.06, -0.98, 0.06, 0.06);
        p.color(0x5c677d).line(0, -1.08, 0, -1.16, 0.03);
        p.glow(0xff6b6b).ellipse(0, -1.17, 0.05, 0.05);
    }
}
