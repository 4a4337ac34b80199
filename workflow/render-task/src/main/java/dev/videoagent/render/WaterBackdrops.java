package dev.videoagent.render;

import dev.videoagent.core.model.Colors;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.SplittableRandom;

/** Backdrops with water: beach, ocean, lake (with the far shore mirrored), river, and under water. */
enum WaterBackdrops implements BackdropArt {

    /** Sea to the horizon, a band of sand in front, surf running up it. */
    BEACH {
        @Override
        public void still(Graphics2D g, Look l) {
            Shapes.ground(g, l, l.horizon, sea(l));
            Path2D.Double sand = new Path2D.Double();
            sand.moveTo(-l.width * 0.1, l.height * 1.2);
            sand.lineTo(-l.width * 0.1, l.horizon + l.height * 0.16);
            sand.curveTo(l.width * 0.3, l.horizon + l.height * 0.12, l.width * 0.7, l.horizon + l.height * 0.2,
                    l.width * 1.1, l.horizon + l.height * 0.14);
            sand.lineTo(l.width * 1.1, l.height * 1.2);
            sand.closePath();
            g.setColor(l.lit(0xe9d3a4));
            g.fill(sand);
        }

        @Override
        public void moving(Graphics2D g, Look l, double motion) {
            g.setColor(l.lit(0xffffff, 210));
            g.setStroke(new BasicStroke((float) (l.height * 0.008)));
            double run = Math.sin(motion * 1.3) * l.height * 0.012;
            g.draw(Shapes.wave(l, l.horizon + l.height * 0.15 + run, l.height * 0.008, l.width * 0.3, motion * 0.2));
            g.setStroke(new BasicStroke(1f));
        }
    },

    /** Open water to the bottom of the frame, rows of waves rolling. */
    OCEAN {
        @Override
        public void still(Graphics2D g, Look l) {
            Shapes.ground(g, l, l.horizon, sea(l));
        }

        @Override
        public void moving(Graphics2D g, Look l, double motion) {
            waves(g, l, motion, 6, 0xd8ecf7);
        }
    },

    /** A far shore of hills and trees, mirrored in still water with a shimmer on it. */
    LAKE {
        @Override
        public void still(Graphics2D g, Look l) {
            SplittableRandom r = l.random(21);
            OpenBackdrops.peaks(g, l, r, l.horizon, 0.16, Colors.mix(0x56705a, l.palette.skyBottom(), 0.3), l.snowy);
            for (int i = 0; i < 9; i++) {
                Shapes.pine(g, l, l.width * (0.02 + 0.12 * i), l.horizon, l.height * (0.07 + 0.04 * r.nextDouble()), 0x2f5038);
            }
            double waterTop = l.horizon;
            Shapes.ground(g, l, waterTop, Colors.mix(sea(l), l.palette.skyBottom(), 0.45));
            // the far shore mirrored: the sky and the shore upside down, paler
            AffineTransform keep = g.getTransform();
            Graphics2D mirror = (Graphics2D) g.create();
            mirror.clip(new Rectangle2D.Double(-l.width, waterTop, l.width * 3, l.height * 0.2));
            mirror.translate(0, 2 * waterTop);
            mirror.scale(1, -1);
            for (int i = 0; i < 9; i++) {
                Shapes.pine(mirror, l, l.width * (0.02 + 0.12 * i), l.horizon, l.height * 0.08, 0x48705a);
            }
            mirror.dispose();
            g.setTransform(keep);
        }

        @Override
        public void moving(Graphics2D g, Look l, double motion) {
            waves(g, l, motion * 0.4, 4, 0xe8f2fa);
        }
    },

    /** Green banks and a river widening from the horizon towards the viewer, flowing. */
    RIVER {
        @Override
        public void still(Graphics2D g, Look l) {
            LandBackdrops.MEADOW.still(g, l);
            g.setColor(l.lit(sea(l)));
            g.fill(river(l));
        }

        @Override
        public void moving(Graphics2D g, Look l, double motion) {
            Graphics2D water = (Graphics2D) g.create();
            water.clip(river(l));
            waves(water, l, motion, 5, 0xdcefff);
            water.dispose();
        }
    },

    /** Blue-green depth with light from above, a sandy floor and swaying weed. */
    UNDERWATER {
        @Override
        public void still(Graphics2D g, Look l) {
            Shapes.wash(g, l, new Color(0x1f7fa8), new Color(0x06324a));
            g.setColor(new Color(255, 255, 255, 28));
            for (int i = 0; i < 5; i++) {
                Path2D.Double ray = new Path2D.Double();
                double x = l.width * (0.1 + 0.2 * i);
                ray.moveTo(x, -l.height * 0.1);
                ray.lineTo(x + l.width * 0.06, -l.height * 0.1);
                ray.lineTo(x + l.width * 0.2, l.height * 0.9);
                ray.lineTo(x + l.width * 0.08, l.height * 0.9);
                ray.closePath();
                g.fill(ray);
            }
            Shapes.ground(g, l, l.height * 0.86, 0xc2a66e);
        }

        @Override
        public void moving(Graphics2D g, Look l, double motion) {
            SplittableRandom r = l.random(22);
            g.setColor(new Color(0x2e8b57));
            g.setStroke(new BasicStroke((float) (l.height * 0.012), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int i = 0; i < 9; i++) {
                double x = r.nextDouble() * l.width;
                double h = l.height * (0.12 + 0.12 * r.nextDouble());
                Path2D.Double weed = new Path2D.Double();
                weed.moveTo(x, l.height * 0.9);
                for (int k = 1; k <= 6; k++) {
                    double sway = Math.sin(motion * 1.2 + i + k * 0.6) * l.width * 0.006 * k;
                    weed.lineTo(x + sway, l.height * 0.9 - h * k / 6);
                }
                g.draw(weed);
            }
            g.setStroke(new BasicStroke(1f));
        }
    };

    static int sea(Look l) {
        return Colors.mix(0x1d5f8c, l.palette.skyBottom(), 0.25);
    }

    static void waves(Graphics2D g, Look l, double motion, int rows, int rgb) {
        g.setStroke(new BasicStroke((float) Math.max(1, l.height * 0.003)));
        for (int i = 0; i < rows; i++) {
            double f = (i + 1.0) / rows;
            double y = l.horizon + (l.height * 1.05 - l.horizon) * f * f;
            g.setColor(l.lit(rgb, (int) (60 + 120 * f)));
            g.draw(Shapes.wave(l, y, l.height * 0.006 * (0.5 + f), l.width * (0.08 + 0.12 * f), motion * 0.25 + i * 0.3));
        }
        g.setStroke(new BasicStroke(1f));
    }

    static Path2D.Double river(Look l) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(l.width * 0.47, l.horizon);
        p.lineTo(l.width * 0.53, l.horizon);
        p.curveTo(l.width * 0.6, l.horizon + l.height * 0.1, l.width * 0.75, l.height * 0.9, l.width * 0.95, l.height * 1.1);
        p.lineTo(l.width * 0.15, l.height * 1.1);
        p.curveTo(l.width * 0.3, l.height * 0.9, l.width * 0.42, l.horizon + l.height * 0.1, l.width * 0.47, l.horizon);
        p.closePath();
        return p;
    }
}
