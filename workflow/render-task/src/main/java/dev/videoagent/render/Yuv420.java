package dev.videoagent.render;

/**
 * RGB to planar YUV 4:2:0 (BT.601, limited range, what FFmpeg's swscale produces for yuv420p).
 * Done on the frame workers so the encoder thread hands libvpx frames it can take as they are.
 */
final class Yuv420 {

    private Yuv420() {
    }

    static byte[] newBuffer(int width, int height) {
        return new byte[width * height * 3 / 2];
    }

    /** Scratch space {@link #fromRgb} needs: one int per pixel; one per thread, reused. */
    static int[] newScratch(int width, int height) {
        return new int[width * height];
    }

    /** From one int per pixel (0xRRGGBB), as TYPE_INT_RGB images hold them. */
    static void fromRgb(int[] rgb, int width, int height, byte[] yuv, int[] scratch) {
        // luma in two straight passes, ints then bytes: each one the JIT vectorizes, which it does not do for a
        // single pass that narrows to bytes as it computes (3x slower)
        int pixels = width * height;
        for (int i = 0; i < pixels; i++) {
            int p = rgb[i];
            scratch[i] = ((66 * (p >> 16 & 0xff) + 129 * (p >> 8 & 0xff) + 25 * (p & 0xff) + 128) >> 8) + 16;
        }
        for (int i = 0; i < pixels; i++) {
            yuv[i] = (byte) scratch[i];
        }
        // chroma: the mean of each 2x2 block
        int uPlane = pixels;
        int vPlane = uPlane + pixels / 4;
        int c = 0;
        for (int y = 0; y < height; y += 2) {
            int row0 = y * width;
            int row1 = row0 + width;
            for (int x = 0; x < width; x += 2, c++) {
                int p00 = rgb[row0 + x];
                int p01 = rgb[row0 + x + 1];
                int p10 = rgb[row1 + x];
                int p11 = rgb[row1 + x + 1];
                // red and blue summed in one int each half: no carry reaches the other (4 x 255 < 2^10)
                int rb = (p00 & 0xff00ff) + (p01 & 0xff00ff) + (p10 & 0xff00ff) + (p11 & 0xff00ff);
                int g = (p00 & 0xff00) + (p01 & 0xff00) + (p10 & 0xff00) + (p11 & 0xff00);
                int r = ((rb >> 16) + 2) >> 2;
                int b = ((rb & 0x3ff) + 2) >> 2;
                int gg = ((g >> 8) + 2) >> 2;
                yuv[uPlane + c] = (byte) (((-38 * r - 74 * gg + 112 * b + 128) >> 8) + 128);
                yuv[vPlane + c] = (byte) (((112 * r - 94 * gg - 18 * b + 128) >> 8) + 128);
            }
        }
    }
}
