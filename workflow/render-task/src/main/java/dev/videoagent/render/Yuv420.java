package dev.videoagent.render;

/**
 * BGR24 to planar YUV 4:2:0 (BT.601, limited range, what FFmpeg's swscale produces for yuv420p).
 * Done on the frame workers so the encoder thread hands libvpx frames it can take as they are.
 */
final class Yuv420 {

    private Yuv420() {
    }

    static byte[] newBuffer(int width, int height) {
        return new byte[width * height * 3 / 2];
    }

    static void fromBgr(byte[] bgr, int width, int height, byte[] yuv) {
        int uPlane = width * height;
        int vPlane = uPlane + uPlane / 4;
        int chromaWidth = width / 2;
        for (int y = 0; y < height; y += 2) {
            int row0 = y * width;
            int row1 = row0 + width;
            int chromaRow = (y / 2) * chromaWidth;
            for (int x = 0; x < width; x += 2) {
                int p00 = (row0 + x) * 3;
                int p01 = p00 + 3;
                int p10 = (row1 + x) * 3;
                int p11 = p10 + 3;
                int b00 = bgr[p00] & 0xff, g00 = bgr[p00 + 1] & 0xff, r00 = bgr[p00 + 2] & 0xff;
                int b01 = bgr[p01] & 0xff, g01 = bgr[p01 + 1] & 0xff, r01 = bgr[p01 + 2] & 0xff;
                int b10 = bgr[p10] & 0xff, g10 = bgr[p10 + 1] & 0xff, r10 = bgr[p10 + 2] & 0xff;
                int b11 = bgr[p11] & 0xff, g11 = bgr[p11 + 1] & 0xff, r11 = bgr[p11 + 2] & 0xff;
                yuv[row0 + x] = luma(r00, g00, b00);
                yuv[row0 + x + 1] = luma(r01, g01, b01);
                yuv[row1 + x] = luma(r10, g10, b10);
                yuv[row1 + x + 1] = luma(r11, g11, b11);
                int r = (r00 + r01 + r10 + r11 + 2) >> 2;
                int g = (g00 + g01 + g10 + g11 + 2) >> 2;
                int b = (b00 + b01 + b10 + b11 + 2) >> 2;
                int c = chromaRow + x / 2;
                yuv[uPlane + c] = (byte) (((-38 * r - 74 * g + 112 * b + 128) >> 8) + 128);
                yuv[vPlane + c] = (byte) (((112 * r - 94 * g - 18 * b + 128) >> 8) + 128);
            }
        }
    }

    private static byte luma(int r, int g, int b) {
        return (byte) (((66 * r + 129 * g + 25 * b + 128) >> 8) + 16);
    }
}
