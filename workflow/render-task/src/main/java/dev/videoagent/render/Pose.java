package dev.videoagent.render;

import dev.videoagent.core.model.FigureMotion;

/**
 * Where a figure is in its movement: {@code phase} runs with time (radians, faster for lively motion), so legs
 * swing, wings flap and wheels turn; {@code color} is the colour a modifier gave it, or -1 for its own.
 */
record Pose(FigureMotion motion, double phase, int color) {

    /** The figure's main colour: the modifier's, else {@code own}. */
    int main(int own) {
        return color < 0 ? own : color;
    }

    /** A swing between -1 and 1. */
    double swing() {
        return Math.sin(phase);
    }

    boolean moving() {
        return motion == FigureMotion.WALK || motion == FigureMotion.RUN || motion == FigureMotion.DRIVE
                || motion == FigureMotion.FLY || motion == FigureMotion.SWIM || motion == FigureMotion.DANCE
                || motion == FigureMotion.JUMP;
    }
}
