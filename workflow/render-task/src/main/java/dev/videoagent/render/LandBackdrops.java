package dev.videoagent.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.SplittableRandom;

/** Backdrops on land with things built or grown on it: city, street, village, road, forest, meadow. */
enum LandBackdrops implements BackdropArt {

    /** A skyline of towers along the horizon, their windows lit at night, and a street in front. */
    CITY {
        @Override
        public void still(Graphics2D g, Look l) {
            SplittableRandom r = l.random(1);
            for (int row = 0; row < 2; row++) {
                int shade = row == 0 ? 0x6a7388 : 0x3e4556;
                double x = -l.width * 0.1;
                while (x < l.width * 1.1) {
                    double w = l.width * (0.05 + 0.06 * r.nextDouble());
                    double h = l.height * (row == 0 ? 0.25 + 0.2 * r.nextDouble() : 0.12 + 0.22 * r.nextDouble());
                    g.setColor(l.lit(shade));
                    g.fill(new Rectangle2D.Double(x, l.horizon - h, w, h + 1));
                    if (row == 1) {
                        windows(g, l, r, x, l.horizon - h, w, h);
                    }
                    x += w + l.width * 0.004;
                }
            }
            Shapes.ground(g, l, l.horizon, 0x3a3d46);
            g.setColor(l.lit(0x5c5f6a));
            g.fill(new Rectangle2D.Double(-l.width, l.horizon, l.width * 3, l.height * 0.03));
        }
    },

    /** Facades on both sides running to the horizon, shop windows, a road with lane marks between them. */
    STREET {
        @Override
        public void still(Graphics2D g, Look l) {
            SplittableRandom r = l.random(2);
            double vx = l.width * 0.5;
            Shapes.ground(g, l, l.horizon, 0x44464e);
            for (int side = -1; side <= 1; side += 2) {
                for (int i = 0; i < 5; i++) {
                    double near = 1 - i / 5.0;
                    double x0 = vx + side * l.width * (0.12 + 0.5 * near);
                    double x1 = vx + side * l.width * (0.12 + 0.5 * (near - 0.2));
                    double h = l.height * (0.25 + 0.5 * near) * (0.8 + 0.3 * r.nextDouble());
                    int wall = new int[] {0x8a6f5c, 0x6f7c8c, 0x9a8a70, 0x5d6b7a}[r.nextInt(4)];
                    g.setColor(l.lit(wall));
                    g.fill(new Rectangle2D.Double(Math.min(x0, x1), l.horizon - h * 0.85, Math.abs(x1 - x0),
                            h * 0.85 + l.height * 0.12 * near));
                    windows(g, l, r, Math.min(x0, x1), l.horizon - h * 0.85, Math.abs(x1 - x0), h * 0.6);
                    g.setColor(l.night ? new Color(0xff6ac1) : l.lit(0xd8c9a0));
                    g.fill(new Rectangle2D.Double(Math.min(x0, x1), l.horizon - h * 0.2, Math.abs(x1 - x0),
                            l.height * 0.03 * near + 2));
                }
            }
            road(g, l, 0.22);
        }

        @Override
        public void moving(Graphics2D g, Look l, double motion) {
            laneMarks(g, l, motion, 0.22);
        }
    },

    /** Small houses with warm windows on gentle ground, a few trees between them. */
    VILLAGE {
        @Override
        public void still(Graphics2D g, Look l) {
            SplittableRandom r = l.random(3);
            for (int i = 0; i < 6; i++) {
                Shapes.pine(g, l, l.width * (0.05 + 0.18 * i + 0.05 * r.nextDouble()), l.horizon, l.height * 0.16, 0x2f5a3a);
            }
            Shapes.ground(g, l, l.horizon, l.palette.ground());
            int[] walls = {0xc9a27e, 0xd8c3a5, 0xb5826a, 0xe0d2b8};
            int[] roofs = {0x8c3b2e, 0x5b3a29, 0x6e2f3a, 0x3f4a5a};
            for (int i = 0; i < 5; i++) {
                double w = l.width * (0.08 + 0.04 * r.nextDouble());
                double x = l.width * (0.02 + 0.2 * i) + r.nextDouble() * l.width * 0.04;
                Shapes.house(g, l, r, x, l.horizon + l.height * (0.02 + 0.03 * (i % 2)), w, walls[i % 4], roofs[r.nextInt(4)]);
            }
        }
    },

    /** A road running to a vanishing point through open land, lane marks passing, posts along it. */
    ROAD {
        @Override
        public void still(Graphics2D g, Look l) {
            OpenBackdrops.OPEN_LAND.still(g, l);
            road(g, l, 0.02);
        }

        @Override
        public void moving(Graphics2D g, Look l, double motion) {
            laneMarks(g, l, motion, 0.02);
        }
    },

    /** Rows of conifers in three depths, darker and larger towards the viewer. */
    FOREST {
        @Override
        public void still(Graphics2D g, Look l) {
            SplittableRandom r = l.random(4);
            int[] greens = {0x5c7f64, 0x3d6147, 0x244331};
            for (int row = 0; row < 3; row++) {
                double h = l.height * (0.18 + row * 0.12);
                double base = l.horizon + row * l.height * 0.05;
                for (double x = -l.width * 0.1; x < l.width * 1.1; x += h * (0.28 + 0.12 * r.nextDouble())) {
                    Shapes.pine(g, l, x, base, h * (0.8 + 0.4 * r.nextDouble()), greens[row]);
                }
                if (row == 0) {
                    Shapes.ground(g, l, l.horizon, 0x3b4a2f);
                }
            }
        }
    },

    /** Green rolling ground with flowers scattered nearer, a few round trees far off. */
    MEADOW {
        @Override
        public void still(Graphics2D g, Look l) {
            SplittableRandom r = l.random(5);
            for (int i = 0; i < 4; i++) {
                Shapes.roundTree(g, l, l.width * (0.1 + 0.27 * i + 0.05 * r.nextDouble()), l.horizon + 2, l.height * 0.1, 0x4f8a45);
            }
            Shapes.ground(g, l, l.horizon, l.snowy ? l.palette.ground() : 0x6fae4f);
            int[] petals = {0xffffff, 0xffd23f, 0xff6b9a, 0xc77dff, 0xff8c42};
            for (int i = 0; i < 140; i++) {
                double y = l.horizon + (l.height * 1.1 - l.horizon) * Math.pow(r.nextDouble(), 0.7);
                double x = r.nextDouble() * l.width * 1.2 - l.width * 0.1;
                double s = 2 + (y - l.horizon) / l.height * 14;
                g.setColor(l.lit(petals[r.nextInt(petals.length)]));
                g.fill(new Ellipse2D.Double(x, y, s, s));
            }
        }
    };

    /** A grid of windows on a facade. */
    static void windows(Graphics2D g, Look l, SplittableRandom r, double x, double y, double w, double h) {
        double size = Math.max(2, l.height * 0.012);
        for (double wy = y + size; wy < y + h - size; wy += size * 2.2) {
            for (double wx = x + size; wx < x + w - size; wx += size * 2) {
                g.setColor(l.window(r));
                g.fill(new Rectangle2D.Double(wx, wy, size, size * 1.3));
            }
        }
    }

    /** A road from the bottom of the frame to the horizon, {@code halfWidth} of the frame at the horizon. */
    static void road(Graphics2D g, Look l, double halfWidth) {
        Path2D.Double road = new Path2D.Double();
        road.moveTo(l.width * (0.5 - halfWidth), l.horizon);
        road.lineTo(l.width * (0.5 + halfWidth), l.horizon);
        road.lineTo(l.width * 1.15, l.height * 1.1);
        road.lineTo(-l.width * 0.15, l.height * 1.1);
        road.closePath();
        g.setColor(l.lit(0x3a3b40));
        g.fill(road);
    }

    /** Dashes down the middle of the road, coming towards the viewer as the motion goes on. */
    static void laneMarks(Graphics2D g, Look l, double motion, double halfWidth) {
        g.setColor(l.lit(0xf2e6b0));
        double depth = l.height * 1.1 - l.horizon;
        for (int i = 0; i < 8; i++) {
            double f = Scene.wrap(i / 8.0 + motion * 0.35, 1.0);
            double y0 = l.horizon + depth * f * f;
            double y1 = l.horizon + depth * Math.min(1, (f + 0.05) * (f + 0.05));
            float w = (float) (1 + 10 * f * l.height / 720.0);
            g.setStroke(new BasicStroke(w));
            g.draw(new Line2D.Double(l.width * 0.5, y0, l.width * 0.5, y1));
        }
        g.setStroke(new BasicStroke(1f));
    }
}
