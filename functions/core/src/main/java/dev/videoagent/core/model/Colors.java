package dev.videoagent.core.model;

/** 0xRRGGBB arithmetic shared by the planner and the renderer. */
public final class Colors {

    public static final int WHITE = 0xffffff;
    public static final int BLACK = 0x000000;

    private Colors() {
    }

    /** The colour {@code t} of the way from {@code a} to {@code b}. */
    public static int mix(int a, int b, double t) {
        int r = (int) Math.round((a >> 16 & 0xff) * (1 - t) + (b >> 16 & 0xff) * t);
        int g = (int) Math.round((a >> 8 & 0xff) * (1 - t) + (b >> 8 & 0xff) * t);
        int bl = (int) Math.round((a & 0xff) * (1 - t) + (b & 0xff) * t);
        return r << 16 | g << 8 | bl;
    }

    /** Luma (BT.601), 0..255. */
    public static double luma(int rgb) {
        return 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
    }

    public static int desaturate(int rgb, double amount) {
        int gray = (int) Math.round(luma(rgb));
        return mix(rgb, gray << 16 | gray << 8 | gray, amount);
    }
}
