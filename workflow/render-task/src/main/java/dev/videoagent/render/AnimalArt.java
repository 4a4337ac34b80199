package dev.videoagent.render;

import dev.videoagent.core.model.Figure;
import dev.videoagent.core.model.FigureMotion;

/** Four-legged animals from one template, each with its build, head and colours; and the penguin. */
final class AnimalArt {

    /** The proportions of a quadruped, in figure units (height 1). */
    private record Build(double length, double body, double legs, double neck, double head, int coat, int belly) {
    }

    private AnimalArt() {
    }

    static void draw(Pen p, Figure figure, Pose pose) {
        if (figure == Figure.PENGUIN) {
            penguin(p, pose);
            return;
        }
        Build b = switch (figure) {
            case DOG -> new Build(1.3, 0.42, 0.42, 0.12, 0.36, 0xb5793f, 0xe8c9a0);
            case CAT -> new Build(1.25, 0.38, 0.36, 0.08, 0.32, 0x8d8d95, 0xd9d9de);
            case HORSE -> new Build(1.1, 0.32, 0.5, 0.28, 0.24, 0x7a4a2a, 0x5e3a21);
            case RABBIT -> new Build(0.9, 0.45, 0.2, 0.05, 0.36, 0xd8cfc4, 0xf4efe9);
            case DEER -> new Build(1.0, 0.3, 0.52, 0.24, 0.22, 0xa86b3c, 0xe6c9a8);
            case BEAR -> new Build(1.3, 0.5, 0.35, 0.06, 0.34, 0x5b3a29, 0x7a5238);
            case FOX -> new Build(1.3, 0.36, 0.38, 0.1, 0.3, 0xe0731f, 0xf7e3cf);
            case ELEPHANT -> new Build(1.2, 0.52, 0.42, 0.04, 0.38, 0x8e949c, 0xa4a9b0);
            default -> new Build(1.2, 0.4, 0.4, 0.1, 0.3, 0x9c7a5b, 0xc7ab8d);
        };
        quadruped(p, figure, pose, b);
    }

    private static void quadruped(Pen p, Figure figure, Pose pose, Build b) {
        int coat = pose.main(b.coat());
        double amp = pose.motion() == FigureMotion.RUN ? 0.65 : pose.motion() == FigureMotion.WALK ? 0.35 : 0.06;
        double s = pose.swing() * amp;
        double half = b.length() / 2;
        double top = -b.legs() - b.body();
        double legY = -b.legs() - b.body() * 0.2;
        double w = b.body() * 0.32;
        p.color(coat).limb(-half * 0.7, legY, b.legs() + b.body() * 0.2, s, w)
                .limb(half * 0.55, legY, b.legs() + b.body() * 0.2, -s, w);
        p.color(b.belly()).limb(-half * 0.5, legY, b.legs() + b.body() * 0.2, -s, w * 0.9)
                .limb(half * 0.75, legY, b.legs() + b.body() * 0.2, s, w * 0.9);
        double wag = Math.sin(pose.phase() * 1.5) * 0.25;
        double tail = figure == Figure.FOX ? 0.16 : 0.06;
        p.color(coat).limb(-half, top + b.body() * 0.3, figure == Figure.RABBIT ? 0.08 : 0.38, Math.PI * 0.75 + wag, tail);
        p.color(coat).ellipse(0, top + b.body() / 2, b.length(), b.body());
        p.color(b.belly()).ellipse(0, top + b.body() * 0.7, b.length() * 0.6, b.body() * 0.4);
        double hx = half + b.neck() * 0.6;
        double hy = top - b.neck();
        p.color(coat).line(half * 0.7, top + b.body() * 0.3, hx, hy, b.body() * 0.35);
        p.color(coat).ellipse(hx, hy, b.head() * 1.1, b.head());
        p.color(coat).ellipse(hx + b.head() * 0.5, hy + b.head() * 0.15, b.head() * 0.6, b.head() * 0.45);
        ears(p, figure, coat, hx, hy, b.head());
        p.glow(0x111111).ellipse(hx + b.head() * 0.2, hy - b.head() * 0.1, b.head() * 0.12, b.head() * 0.12)
                .ellipse(hx + b.head() * 0.8, hy + b.head() * 0.1, b.head() * 0.14, b.head() * 0.1);
        if (figure == Figure.ELEPHANT) {
            p.color(coat).limb(hx + b.head() * 0.5, hy + b.head() * 0.2, 0.4, 0.3 + wag * 0.3, 0.09);
        }
    }

    private static void ears(Pen p, Figure figure, int coat, double hx, double hy, double head) {
        switch (figure) {
            case CAT, FOX -> p.color(coat).poly(hx - head * 0.4, hy - head * 0.3, hx - head * 0.15, hy - head * 0.95,
                    hx + head * 0.05, hy - head * 0.35).poly(hx, hy - head * 0.35, hx + head * 0.2, hy - head * 0.95,
                    hx + head * 0.4, hy - head * 0.25);
            case RABBIT -> p.color(coat).ellipse(hx - head * 0.15, hy - head * 0.9, head * 0.22, head * 0.9)
                    .ellipse(hx + head * 0.12, hy - head * 0.95, head * 0.22, head * 0.9);
            case DEER -> p.color(0x6b4f35).line(hx - head * 0.1, hy - head * 0.4, hx - head * 0.5, hy - head * 1.4, 0.03)
                    .line(hx + head * 0.1, hy - head * 0.4, hx + head * 0.3, hy - head * 1.4, 0.03)
                    .line(hx - head * 0.3, hy - head * 0.9, hx - head * 0.7, hy - head * 1.1, 0.025);
            case BEAR -> p.color(coat).ellipse(hx - head * 0.3, hy - head * 0.45, head * 0.3, head * 0.3)
                    .ellipse(hx + head * 0.2, hy - head * 0.5, head * 0.3, head * 0.3);
            case ELEPHANT -> p.color(0x7a8088).ellipse(hx - head * 0.35, hy + head * 0.1, head * 0.8, head * 0.9);
            case HORSE -> p.color(0x3b2414).line(hx - head * 0.5, hy - head * 0.3, hx - head * 1.4, hy + head * 0.6, 0.06);
            default -> p.color(dev.videoagent.core.model.Colors.mix(coat, 0x000000, 0.25))
                    .ellipse(hx - head * 0.35, hy + head * 0.05, head * 0.3, head * 0.6);
        }
    }

    private static void penguin(Pen p, Pose pose) {
        double waddle = pose.swing() * (pose.motion() == FigureMotion.STAND ? 0.02 : 0.12);
        p.g.rotate(waddle, 0, 0);
        p.glow(0xf08c00).ellipse(-0.1, -0.02, 0.16, 0.06).ellipse(0.1, -0.02, 0.16, 0.06);
        p.color(pose.main(0x1d1f27)).ellipse(0, -0.5, 0.5, 0.95);
        p.color(0xf5f5f5).ellipse(0.04, -0.45, 0.32, 0.72);
        p.color(0x1d1f27).ellipse(-0.24, -0.5, 0.1, 0.42).ellipse(0.0, -0.92, 0.36, 0.3);
        p.glow(0xf08c00).poly(0.16, -0.92, 0.3, -0.88, 0.16, -0.85);
        p.glow(0xffffff).ellipse(0.08, -0.95, 0.06, 0.06);
        p.g.rotate(-waddle, 0, 0);
    }
}
