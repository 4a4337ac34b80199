package dev.videoagent.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Yuv420Test {

    /** BT.601 limited range written out per pixel, the plain way: what the fast version must equal. */
    private static byte[] reference(int[] rgb, int width, int height) {
        byte[] yuv = new byte[width * height * 3 / 2];
        for (int i = 0; i < width * height; i++) {
            int r = rgb[i] >> 16 & 0xff;
            int g = rgb[i] >> 8 & 0xff;
            int b = rgb[i] & 0xff;
            yuv[i] = (byte) (((66 * r + 129 * g + 25 * b + 128) >> 8) + 16);
        }
        int u = width * height;
        int v = u + u / 4;
        for (int y = 0; y < height; y += 2) {
            for (int x = 0; x < width; x += 2) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int[] d : new int[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
                    int p = rgb[(y + d[1]) * width + x + d[0]];
                    r += p >> 16 & 0xff;
                    g += p >> 8 & 0xff;
                    b += p & 0xff;
                }
                r = (r + 2) >> 2;
                g = (g + 2) >> 2;
                b = (b + 2) >> 2;
                int c = (y / 2) * (width / 2) + x / 2;
                yuv[u + c] = (byte) (((-38 * r - 74 * g + 112 * b + 128) >> 8) + 128);
                yuv[v + c] = (byte) (((112 * r - 94 * g - 18 * b + 128) >> 8) + 128);
            }
        }
        return yuv;
    }

    @Test
    void randomPixelsConvertExactlyAsTheFormulaSays() {
        int width = 640;
        int height = 360;
        SplittableRandom random = new SplittableRandom(7);
        int[] rgb = new int[width * height];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = random.nextInt(1 << 24);
        }
        byte[] yuv = Yuv420.newBuffer(width, height);
        int[] scratch = Yuv420.newScratch(width, height);

        // enough rounds for the JIT to compile the loops: the compiled code must give the same bytes
        for (int round = 0; round < 30; round++) {
            Yuv420.fromRgb(rgb, width, height, yuv, scratch);
        }

        assertThat(yuv).isEqualTo(reference(rgb, width, height));
    }

    @Test
    void blackWhiteAndPrimariesHaveTheirStudioRangeValues() {
        int[] rgb = {0x000000, 0xffffff, 0xff0000, 0x0000ff};
        byte[] yuv = Yuv420.newBuffer(2, 2);
        Yuv420.fromRgb(new int[] {0x000000, 0x000000, 0x000000, 0x000000}, 2, 2, yuv, Yuv420.newScratch(2, 2));
        assertThat(yuv).containsExactly(16, 16, 16, 16, 128, 128);
        Yuv420.fromRgb(rgb, 2, 2, yuv, Yuv420.newScratch(2, 2));
        assertThat(yuv[0] & 0xff).isEqualTo(16);
        assertThat(yuv[1] & 0xff).isEqualTo(235);
        assertThat(yuv[2] & 0xff).isEqualTo(82);
        assertThat(yuv[3] & 0xff).isEqualTo(41);
    }
}
