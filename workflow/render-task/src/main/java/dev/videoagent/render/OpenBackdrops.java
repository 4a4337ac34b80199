package dev.videoagent.render;

import dev.videoagent.core.model.Colors;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.SplittableRandom;

/** Backdrops of open land and beyond: mountains, desert, snowfield, space, sky, and plain open land. */
enum OpenBackdrops implements BackdropArt {

    /** Two ranges of peaks, the far one paler, with snow on their tops. */
    MOUNTAINS {
        @Override
        public void still(Graphics2D g, Look l) {
            SplittableRandom r = l.random(11);
            int sky = l.palette.skyBottom();
            peaks(g, l, r, l.horizon, 0.42, Colors.mix(0x6b7890, sky, 0.45), true);
            peaks(g, l, r, l.horizon + l.height * 0.02, 0.28, 0x4d5a54, l.snowy);
            Shapes.ground(g, l, l.horizon, l.snowy ? l.palette.ground() : 0x5d7048);
        }
    },

    /** Sand dunes in warm light, one behind the other. */
    DESERT {
        @Override
        public void still(Graphics2D g, Look l) {
            int[] sands = {0xe8c27a, 0xd9a75e, 0xc98f4a};
            for (int i = 0; i < 3; i++) {
                double base = l.horizon + i * l.height * 0.09;
                Path2D.Double dune = new Path2D.Double();
                dune.moveTo(-l.width * 0.1, l.height * 1.2);
                for (double x = -l.width * 0.1; x <= l.width * 1.1; x += l.width / 40.0) {
                    dune.lineTo(x, base - l.height * 0.05 * (1 + Math.sin(x / l.width * (4 + i) * Math.PI + i)));
                }
                dune.lineTo(l.width * 1.1, l.height * 1.2);
                dune.closePath();
                g.setColor(l.lit(sands[i]));
                g.fill(dune);
            }
        }
    },

    /** White ground with blue shadows, low icy hills. */
    SNOWFIELD {
        @Override
        public void still(Graphics2D g, Look l) {
            SplittableRandom r = l.random(12);
            peaks(g, l, r, l.horizon, 0.1, 0xdfe8f2, false);
            Shapes.ground(g, l, l.horizon, 0xf2f6fb);
            g.setColor(l.lit(0xc9d8ea, 160));
            for (int i = 0; i < 6; i++) {
                double y = l.horizon + l.height * (0.05 + 0.06 * i);
                g.fill(new Ellipse2D.Double(r.nextDouble() * l.width - l.width * 0.2, y, l.width * 0.5, l.height * 0.02));
            }
        }
    },

    /** Black space full of stars, a ringed planet and a small moon. */
    SPACE {
        @Override
        public void still(Graphics2D g, Look l) {
            SplittableRandom r = l.random(13);
            Shapes.wash(g, l, new Color(0x02030a), new Color(0x0b0f2a));
            for (int i = 0; i < 420; i++) {
                int a = 90 + r.nextInt(165);
                g.setColor(new Color(255, 255, 255, a));
                double s = 0.8 + r.nextDouble() * 2.2;
                g.fill(new Ellipse2D.Double(r.nextDouble() * l.width * 1.2 - l.width * 0.1,
                        r.nextDouble() * l.height * 1.2 - l.height * 0.1, s, s));
            }
            double pr = l.height * 0.2;
            double px = l.width * 0.28;
            double py = l.height * 0.62;
            g.setColor(new Color(0xc9864f));
            g.fill(new Ellipse2D.Double(px - pr, py - pr, pr * 2, pr * 2));
            g.setColor(new Color(0x9c5a35));
            g.fill(new Ellipse2D.Double(px - pr, py - pr * 0.25, pr * 2, pr * 0.35));
            g.setColor(new Color(230, 210, 170, 200));
            g.setStroke(new java.awt.BasicStroke((float) (l.height * 0.012)));
            g.draw(new Ellipse2D.Double(px - pr * 1.7, py - pr * 0.3, pr * 3.4, pr * 0.6));
            g.setStroke(new java.awt.BasicStroke(1f));
            g.setColor(new Color(0xd8dce6));
            g.fill(new Ellipse2D.Double(l.width * 0.8, l.height * 0.2, l.height * 0.07, l.height * 0.07));
        }
    },

    /** Sky all the way down: banks of cloud below the horizon instead of ground. */
    SKY {
        @Override
        public void still(Graphics2D g, Look l) {
            Shapes.wash(g, l, new Color(l.sky(l.horizon * 0.5)), new Color(Colors.mix(l.palette.skyBottom(), Colors.WHITE, 0.2)));
            SplittableRandom r = l.random(14);
            Color cloud = l.lit(0xf4f6fa, 230);
            for (int i = 0; i < 36; i++) {
                double w = l.width * (0.12 + 0.2 * r.nextDouble());
                double y = l.horizon + r.nextDouble() * l.height * 0.4;
                g.setColor(cloud);
                g.fill(new Ellipse2D.Double(r.nextDouble() * l.width * 1.2 - l.width * 0.2, y, w, w * 0.35));
            }
        }
    },

    /** A soft ridge on the horizon over the ground: something for the camera to move against. */
    OPEN_LAND {
        @Override
        public void still(Graphics2D g, Look l) {
            SplittableRandom r = l.random(15);
            Path2D.Double ridge = new Path2D.Double();
            ridge.moveTo(-l.width * 0.2, l.horizon + 1);
            for (int i = 0; i <= 12; i++) {
                ridge.lineTo(-l.width * 0.2 + i * l.width * 1.4 / 12, l.horizon - (0.03 + 0.04 * r.nextDouble()) * l.height);
            }
            ridge.lineTo(l.width * 1.2, l.horizon + 1);
            ridge.closePath();
            g.setColor(new Color(Colors.mix(l.palette.ground(), l.palette.skyBottom(), 0.35)));
            g.fill(ridge);
            Shapes.ground(g, l, l.horizon, l.palette.ground());
        }
    };

    /** A range of triangular peaks up to {@code height} of the frame, with snow caps when {@code snow}. */
    static void peaks(Graphics2D g, Look l, SplittableRandom r, double base, double height, int rgb, boolean snow) {
        double x = -l.width * 0.2;
        while (x < l.width * 1.2) {
            double w = l.width * (0.18 + 0.2 * r.nextDouble());
            double h = l.height * height * (0.6 + 0.4 * r.nextDouble());
            Path2D.Double peak = new Path2D.Double();
            peak.moveTo(x, base + 1);
            peak.lineTo(x + w / 2, base - h);
            peak.lineTo(x + w, base + 1);
            peak.closePath();
            g.setColor(l.lit(rgb));
            g.fill(peak);
            if (snow) {
                Path2D.Double cap = new Path2D.Double();
                cap.moveTo(x + w / 2 - w * 0.12, base - h * 0.72);
                cap.lineTo(x + w / 2, base - h);
                cap.lineTo(x + w / 2 + w * 0.12, base - h * 0.72);
                cap.lineTo(x + w / 2, base - h * 0.78);
                cap.closePath();
                g.setColor(l.lit(0xf7f9fc));
                g.fill(cap);
            }
            x += w * 0.55;
        }
    }
}
