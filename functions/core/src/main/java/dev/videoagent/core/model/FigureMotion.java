package dev.videoagent.core.model;

/** How a figure moves, from the action that attaches to it or, without one, the figure's own way. */
public enum FigureMotion {
    STAND, WALK, RUN, JUMP, DANCE, SLEEP, FLY, SWIM, FLOAT, SPIN, DRIVE
}
