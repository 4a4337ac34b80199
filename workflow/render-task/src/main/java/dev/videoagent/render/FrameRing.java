package dev.videoagent.render;

import java.awt.image.BufferedImage;
import java.util.concurrent.Semaphore;

/**
 * One segment's reused buffers: frame {@code i} of the segment is drawn into slot {@code i % slots} once the
 * encoder has taken the slot's previous frame, and the encoder takes it once it is drawn.
 */
final class FrameRing {

    private final BufferedImage[] images;
    private final byte[][] yuv;
    private final Semaphore[] free;
    private final Semaphore[] ready;

    FrameRing(FrameSource source, int width, int height, int slots) {
        images = new BufferedImage[slots];
        yuv = new byte[slots][];
        free = new Semaphore[slots];
        ready = new Semaphore[slots];
        for (int i = 0; i < slots; i++) {
            images[i] = source.newBuffer();
            yuv[i] = Yuv420.newBuffer(width, height);
            free[i] = new Semaphore(1);
            ready[i] = new Semaphore(0);
        }
    }

    private int slot(int i) {
        return i % images.length;
    }

    /** Waits until frame {@code i}'s slot may be drawn into. */
    void awaitFree(int i) throws InterruptedException {
        free[slot(i)].acquire();
    }

    BufferedImage image(int i) {
        return images[slot(i)];
    }

    byte[] yuv(int i) {
        return yuv[slot(i)];
    }

    /** Frame {@code i} is drawn (or its drawing failed: the encoder finds out). */
    void drawn(int i) {
        ready[slot(i)].release();
    }

    void awaitDrawn(int i) throws InterruptedException {
        ready[slot(i)].acquire();
    }

    /** Drawing stopped (a frame failed): the encoder wakes, whichever frame it waits for, and finds out. */
    void abandon() {
        for (Semaphore slot : ready) {
            slot.release();
        }
    }

    /** The encoder is done with frame {@code i}'s slot. */
    void encoded(int i) {
        free[slot(i)].release();
    }
}
