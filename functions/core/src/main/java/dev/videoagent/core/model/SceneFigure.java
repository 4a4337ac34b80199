package dev.videoagent.core.model;

import java.util.Optional;

/**
 * One subject of the scene as the renderer draws it: its figure, how it moves, the colour a modifier gives it
 * (none: the figure's own colours) and how much bigger or smaller than usual a modifier makes it.
 */
public record SceneFigure(Figure figure, FigureMotion motion, Optional<Integer> color, double scale) {

    public SceneFigure {
        java.util.Objects.requireNonNull(figure, "figure");
        java.util.Objects.requireNonNull(motion, "motion");
        color = color == null ? Optional.empty() : color;
    }
}
