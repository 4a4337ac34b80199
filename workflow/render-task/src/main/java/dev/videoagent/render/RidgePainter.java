package dev.videoagent.render;

import dev.videoagent.core.model.Colors;
import dev.videoagent.core.model.Palette;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.List;

/** A soft ridge on the horizon: it gives the camera something to move against. */
final class RidgePainter implements Painter {

    private static final int PEAKS = 12;

    private final Path2D.Double ridge;
    private final Color color;

    RidgePainter(Palette palette, List<Particle> particles, int width, int height) {
        // the same for every frame: only the camera moves it
        ridge = new Path2D.Double();
        double base = Scene.HORIZON * height;
        ridge.moveTo(-width * 0.2, base + 1);
        for (int i = 0; i <= PEAKS; i++) {
            double x = -width * 0.2 + i * width * 1.4 / PEAKS;
            double h = (0.03 + 0.04 * particles.get(i).x()) * height;
            ridge.lineTo(x, base - h);
        }
        ridge.lineTo(width * 1.2, base + 1);
        ridge.closePath();
        color = new Color(Colors.mix(palette.ground(), palette.skyBottom(), 0.35));
    }

    @Override
    public void paint(Graphics2D g, FrameCanvas frame) {
        g.setColor(color);
        g.fill(ridge);
    }
}
