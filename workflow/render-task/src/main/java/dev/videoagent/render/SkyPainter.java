package dev.videoagent.render;

import dev.videoagent.core.model.Colors;
import dev.videoagent.core.model.Palette;
import java.awt.Graphics2D;
import java.util.Arrays;

/**
 * The sky and ground gradient, written straight into the raster: the cheapest full-frame fill, and it
 * covers every pixel, so a reused buffer keeps nothing of its previous frame.
 */
final class SkyPainter implements Painter {

    private final Palette palette;
    private final Camera camera;
    private final int width;
    private final int height;

    SkyPainter(Palette palette, Camera camera, int width, int height) {
        this.palette = palette;
        this.camera = camera;
        this.width = width;
        this.height = height;
    }

    @Override
    public void paint(Graphics2D g, FrameCanvas frame) {
        int[] pixels = frame.pixels();
        double t = frame.progress();
        double zoom = camera.zoom(t);
        double shiftY = camera.tiltShift(t);
        // the horizon where the camera transform puts the ridge, which is drawn through it
        int horizon = (int) Math.round(height / 2.0 + (Scene.HORIZON * height - height / 2.0) * zoom + shiftY);
        for (int y = 0; y < height; y++) {
            int rgb;
            if (y < horizon) {
                rgb = Colors.mix(palette.skyTop(), palette.skyBottom(), horizon == 0 ? 1 : (double) y / horizon);
            } else {
                double d = (double) (y - horizon) / Math.max(1, height - horizon);
                rgb = Colors.mix(palette.ground(), Colors.mix(palette.ground(), Colors.BLACK, 0.35), d);
            }
            Arrays.fill(pixels, y * width, (y + 1) * width, rgb);
        }
    }
}
