package dev.videoagent.render;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.SplittableRandom;

/** Backdrops indoors, which fill the frame: room, kitchen, cafe, library, stage. */
enum IndoorBackdrops implements BackdropArt {

    /** A wall with a window onto the sky, a picture, a lamp, a wooden floor. */
    ROOM {
        @Override
        public void still(Graphics2D g, Look l) {
            walls(g, l, 0xd9c7a8, 0x8a5a3a);
            double wx = l.width * 0.58;
            double wy = l.height * 0.16;
            g.setPaint(new GradientPaint(0, (float) wy, new Color(l.palette.skyTop()), 0, (float) (wy + l.height * 0.3),
                    new Color(l.palette.skyBottom())));
            g.fill(new Rectangle2D.Double(wx, wy, l.width * 0.22, l.height * 0.3));
            g.setColor(l.lit(0xf4efe6));
            g.setStroke(new java.awt.BasicStroke((float) (l.height * 0.01)));
            g.draw(new Rectangle2D.Double(wx, wy, l.width * 0.22, l.height * 0.3));
            g.setStroke(new java.awt.BasicStroke(1f));
            g.setColor(l.lit(0x6d4c7d));
            g.fill(new Rectangle2D.Double(l.width * 0.16, l.height * 0.22, l.width * 0.12, l.height * 0.16));
            g.setColor(new Color(0xffe2a0));
            g.fill(new Ellipse2D.Double(l.width * 0.36, l.height * 0.08, l.height * 0.06, l.height * 0.06));
        }
    },

    /** Tiled wall, wall cabinets, a counter along the back. */
    KITCHEN {
        @Override
        public void still(Graphics2D g, Look l) {
            walls(g, l, 0xe9efe9, 0xb9a48a);
            g.setColor(l.lit(0xc7d6d0));
            double tile = l.height * 0.045;
            for (double y = l.height * 0.28; y < l.horizon - l.height * 0.12; y += tile) {
                for (double x = 0; x < l.width; x += tile) {
                    g.draw(new Rectangle2D.Double(x, y, tile, tile));
                }
            }
            g.setColor(l.lit(0x7a9a8c));
            for (int i = 0; i < 4; i++) {
                g.fill(new Rectangle2D.Double(l.width * (0.08 + 0.22 * i), l.height * 0.06, l.width * 0.18, l.height * 0.18));
            }
            g.setColor(l.lit(0x56616b));
            g.fill(new Rectangle2D.Double(-l.width * 0.1, l.horizon - l.height * 0.12, l.width * 1.2, l.height * 0.04));
            g.setColor(l.lit(0x9bb0a5));
            g.fill(new Rectangle2D.Double(-l.width * 0.1, l.horizon - l.height * 0.08, l.width * 1.2, l.height * 0.08));
        }
    },

    /** Warm wall, a counter with cups, hanging lamps glowing. */
    CAFE {
        @Override
        public void still(Graphics2D g, Look l) {
            walls(g, l, 0x8c5e3c, 0x5a3a26);
            g.setColor(l.lit(0x3e2a1c));
            g.fill(new Rectangle2D.Double(-l.width * 0.1, l.horizon - l.height * 0.14, l.width * 1.2, l.height * 0.14));
            for (int i = 0; i < 5; i++) {
                double x = l.width * (0.12 + 0.19 * i);
                g.setColor(new Color(0x2b1d14));
                g.fill(new Rectangle2D.Double(x - 1, 0, 2, l.height * 0.18));
                g.setColor(new Color(255, 214, 140, 60));
                g.fill(new Ellipse2D.Double(x - l.height * 0.08, l.height * 0.12, l.height * 0.16, l.height * 0.16));
                g.setColor(new Color(0xffd68c));
                g.fill(new Ellipse2D.Double(x - l.height * 0.025, l.height * 0.17, l.height * 0.05, l.height * 0.05));
                g.setColor(l.lit(0xf2ede4));
                g.fill(new Rectangle2D.Double(x - l.height * 0.02, l.horizon - l.height * 0.19, l.height * 0.04, l.height * 0.05));
            }
        }
    },

    /** Shelves of books from floor to ceiling. */
    LIBRARY {
        @Override
        public void still(Graphics2D g, Look l) {
            walls(g, l, 0x5b3b28, 0x6b4a33);
            SplittableRandom r = l.random(31);
            int[] spines = {0x8c2f39, 0x2f5d8c, 0x3d7a4a, 0xc9a227, 0x6d4c7d, 0xd9d2c5, 0x3b3b3b};
            double shelf = l.height * 0.13;
            for (double y = l.height * 0.04; y < l.horizon - shelf * 0.5; y += shelf) {
                g.setColor(l.lit(0x3a2416));
                g.fill(new Rectangle2D.Double(-l.width * 0.1, y + shelf * 0.9, l.width * 1.2, shelf * 0.1));
                for (double x = -l.width * 0.08; x < l.width * 1.08; ) {
                    double w = l.width * (0.008 + 0.012 * r.nextDouble());
                    double h = shelf * (0.6 + 0.28 * r.nextDouble());
                    g.setColor(l.lit(spines[r.nextInt(spines.length)]));
                    g.fill(new Rectangle2D.Double(x, y + shelf * 0.9 - h, w, h));
                    x += w + 1;
                }
            }
        }
    },

    /** A dark stage with red curtains at the sides and spotlights sweeping. */
    STAGE {
        @Override
        public void still(Graphics2D g, Look l) {
            Shapes.wash(g, l, new Color(0x0c0a14), new Color(0x1d1726));
            g.setColor(new Color(0x8c1c2c));
            for (int side = 0; side < 2; side++) {
                double x = side == 0 ? -l.width * 0.1 : l.width * 0.86;
                g.fill(new Rectangle2D.Double(x, -l.height * 0.1, l.width * 0.24, l.height * 1.2));
            }
            g.setColor(new Color(0x6e1422));
            g.fill(new Rectangle2D.Double(-l.width * 0.1, -l.height * 0.1, l.width * 1.2, l.height * 0.16));
            Shapes.ground(g, l, l.horizon, 0x4a3222);
        }

        @Override
        public void moving(Graphics2D g, Look l, double motion) {
            IndoorBackdrops.ROOM.moving(g, l, motion);
            for (int i = 0; i < 3; i++) {
                double top = l.width * (0.25 + 0.25 * i);
                double foot = top + Math.sin(motion * 0.7 + i * 2) * l.width * 0.12;
                Path2D.Double beam = new Path2D.Double();
                beam.moveTo(top - l.width * 0.01, 0);
                beam.lineTo(top + l.width * 0.01, 0);
                beam.lineTo(foot + l.width * 0.08, l.horizon + l.height * 0.1);
                beam.lineTo(foot - l.width * 0.08, l.horizon + l.height * 0.1);
                beam.closePath();
                g.setColor(new Color(255, 240, 200, 45));
                g.fill(beam);
            }
        }
    };

    /** Dust drifting in the room's light: indoors something moves even when nobody does. */
    @Override
    public void moving(Graphics2D g, Look l, double motion) {
        SplittableRandom r = l.random(32);
        g.setColor(new Color(255, 244, 214, 90));
        for (int i = 0; i < 40; i++) {
            double x = Scene.wrap(r.nextDouble() * l.width + motion * l.width * 0.01 * (1 + r.nextDouble()), l.width);
            double y = Scene.wrap(r.nextDouble() * l.horizon - motion * l.height * 0.012 * (0.5 + r.nextDouble()),
                    l.horizon);
            double s = 1.5 + r.nextDouble() * l.height / 360.0 * 2;
            g.fill(new Ellipse2D.Double(x, y, s, s));
        }
    }

    /** The back wall down to the floor line, the floor from there, both in the room's light. */
    static void walls(Graphics2D g, Look l, int wall, int floor) {
        double lamp = l.night ? 0.85 : 1.0; // lamps light a room at night: only a little darker
        g.setColor(new Color(dev.videoagent.core.model.Colors.mix(wall, 0, 1 - lamp)));
        g.fill(new Rectangle2D.Double(-l.width, -l.height, l.width * 3, l.horizon + l.height));
        g.setPaint(new GradientPaint(0, (float) l.horizon, new Color(floor), 0, l.height,
                new Color(dev.videoagent.core.model.Colors.mix(floor, 0, 0.35))));
        g.fill(new Rectangle2D.Double(-l.width, l.horizon, l.width * 3, l.height * 2));
    }
}
