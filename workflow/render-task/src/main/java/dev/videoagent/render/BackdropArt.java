package dev.videoagent.render;

import java.awt.Graphics2D;

/**
 * One backdrop: what does not move, drawn once per video ({@link #still}), and what does, drawn every frame
 * over it ({@link #moving}), both in scene coordinates.
 */
interface BackdropArt {

    void still(Graphics2D g, Look look);

    /** Surf, flowing water, passing lane marks, sweeping spotlights; most backdrops have none. */
    default void moving(Graphics2D g, Look look, double motion) {
    }
}
