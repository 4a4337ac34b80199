package dev.videoagent.render;

import java.awt.image.BufferedImage;

/** Where the encoder's frames come from: drawn from a plan, or taken from a model's clip. */
interface FrameSource {

    int frames();

    /** A buffer frames can be drawn into; reused across frames. */
    BufferedImage newBuffer();

    void draw(int n, BufferedImage target);

    /** Whether frames must be drawn one after the other, from the first (a decoded clip), not by several workers. */
    default boolean inOrder() {
        return false;
    }
}
