package dev.videoagent.render;

import java.awt.Graphics2D;
import java.util.List;

/**
 * One layer of a frame. Painters are built once per video and shared by every frame-drawing thread, so
 * they keep no per-frame state: everything that changes from frame to frame comes in {@link FrameCanvas}.
 */
@FunctionalInterface
interface Painter {

    void paint(Graphics2D g, FrameCanvas frame);

    /** The painters one after the other, each over what the ones before it drew. */
    static Painter inOrder(List<Painter> painters) {
        List<Painter> layers = List.copyOf(painters);
        return (g, frame) -> {
            for (Painter layer : layers) {
                layer.paint(g, frame);
            }
        };
    }
}
