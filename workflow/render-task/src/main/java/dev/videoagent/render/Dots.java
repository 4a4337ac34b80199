package dev.videoagent.render;

import java.awt.geom.AffineTransform;

/**
 * Small round particles written straight into an RGB raster with a soft (antialiased) edge, through
 * the camera transform. Hundreds of snowflakes or sparks per frame cost a fraction of what Java2D
 * takes for the same shapes, and the result is the same on every machine.
 */
final class Dots {

    private final int[] pixels;
    private final int width;
    private final int height;
    private final AffineTransform camera;
    private final double scale;
    private final double[] point = new double[2];

    Dots(int[] pixels, int width, int height, AffineTransform camera) {
        this.pixels = pixels;
        this.width = width;
        this.height = height;
        this.camera = camera;
        this.scale = Math.sqrt(Math.abs(camera.getDeterminant()));
    }

    /** A disc of diameter {@code size} (scene units) at its top-left corner (x, y), like Ellipse2D. */
    void disc(double x, double y, double size, int rgb, double alpha) {
        point[0] = x + size / 2;
        point[1] = y + size / 2;
        camera.transform(point, 0, point, 0, 1);
        double cx = point[0];
        double cy = point[1];
        double r = size / 2 * scale;
        int x0 = Math.max(0, (int) Math.floor(cx - r - 1));
        int x1 = Math.min(width - 1, (int) Math.ceil(cx + r + 1));
        int y0 = Math.max(0, (int) Math.floor(cy - r - 1));
        int y1 = Math.min(height - 1, (int) Math.ceil(cy + r + 1));
        if (x0 > x1 || y0 > y1 || alpha <= 0) {
            return;
        }
        int red = rgb >> 16 & 0xff;
        int green = rgb >> 8 & 0xff;
        int blue = rgb & 0xff;
        double a = Math.min(1.0, alpha);
        for (int py = y0; py <= y1; py++) {
            double dy = py + 0.5 - cy;
            int row = py * width;
            for (int px = x0; px <= x1; px++) {
                double dx = px + 0.5 - cx;
                double coverage = r + 0.5 - Math.sqrt(dx * dx + dy * dy);
                if (coverage <= 0) {
                    continue;
                }
                double t = (coverage >= 1 ? 1 : coverage) * a;
                int c = pixels[row + px];
                pixels[row + px] = blend(c >> 16 & 0xff, red, t) << 16 | blend(c >> 8 & 0xff, green, t) << 8
                        | blend(c & 0xff, blue, t);
            }
        }
    }

    private static int blend(int current, int target, double t) {
        return current + (int) Math.round((target - current) * t);
    }
}
