package dev.videoagent.render;

import dev.videoagent.core.model.Colors;
import dev.videoagent.core.model.Palette;
import java.awt.Color;
import java.util.SplittableRandom;

/**
 * What a backdrop or figure is drawn with: the frame's size and horizon, the light of the plan's sky (night,
 * snow on the ground) and a random stream of its own from the seed, so scenery is the same for the same job
 * and never takes numbers from the particles the motion layers use.
 */
final class Look {

    final int width;
    final int height;
    final double horizon;
    final Palette palette;
    /** 0.45 (night) to 1 (noon): how much light falls on backdrops and figures. */
    final double light;
    final boolean night;
    final boolean snowy;
    private final long seed;

    Look(Palette palette, long seed, int width, int height) {
        this.width = width;
        this.height = height;
        this.horizon = Scene.HORIZON * height;
        this.palette = palette;
        double sky = Colors.luma(palette.skyBottom());
        this.night = Colors.luma(palette.skyTop()) < 60;
        this.light = Math.max(0.45, Math.min(1.0, 0.35 + sky / 255.0 * 0.75));
        this.snowy = Colors.luma(palette.ground()) > 200;
        this.seed = seed;
    }

    /** A random stream for one part of the scene, the same for the same job and part. */
    SplittableRandom random(int part) {
        return new SplittableRandom(seed * 31 + part);
    }

    /** {@code rgb} in this scene's light: darker and bluer at night. */
    Color lit(int rgb) {
        int shaded = Colors.mix(rgb, night ? 0x0a1030 : Colors.BLACK, 1 - light);
        return new Color(shaded);
    }

    Color lit(int rgb, int alpha) {
        Color c = lit(rgb);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** A lit window: warm and bright at night, a pale reflection by day. */
    Color window(SplittableRandom random) {
        if (night) {
            return random.nextDouble() < 0.7 ? new Color(0xffd27a) : new Color(0x2a2f45);
        }
        return random.nextDouble() < 0.5 ? lit(0xbcd4e6) : lit(0x8fa7bd);
    }

    /** The sky's colour at height {@code y}, as the sky painter fills it. */
    int sky(double y) {
        return Colors.mix(palette.skyTop(), palette.skyBottom(), Math.max(0, Math.min(1, y / horizon)));
    }
}
