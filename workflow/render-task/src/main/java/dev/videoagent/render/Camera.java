package dev.videoagent.render;

import dev.videoagent.core.model.CameraMove;
import java.awt.geom.AffineTransform;

/** The plan's camera move as a transform for each moment of the video (0 to 1). */
final class Camera {

    private final CameraMove move;
    private final int width;
    private final int height;

    Camera(CameraMove move, int width, int height) {
        this.move = move;
        this.width = width;
        this.height = height;
    }

    double zoom(double t) {
        return switch (move) {
            case ZOOM_IN -> 1.0 + 0.14 * ease(t);
            case ZOOM_OUT -> 1.14 - 0.14 * ease(t);
            case PAN, TILT, ORBIT -> 1.1;
            case SHAKE -> 1.05;
            case STATIC -> 1.0;
        };
    }

    /** How far a tilt has moved the scene down; the sky, painted without the transform, follows it. */
    double tiltShift(double t) {
        return move == CameraMove.TILT ? (0.5 - t) * 0.08 * height : 0;
    }

    /** Scene coordinates to the frame's, about the frame's center. */
    AffineTransform view(double t) {
        AffineTransform at = new AffineTransform();
        double cx = width / 2.0;
        double cy = height / 2.0;
        at.translate(cx, cy);
        switch (move) {
            case PAN -> at.translate((0.5 - ease(t)) * 0.09 * width, 0);
            case TILT -> at.translate(0, (0.5 - t) * 0.08 * height);
            case ORBIT -> {
                double a = t * 2 * Math.PI;
                at.translate(Math.cos(a) * 0.03 * width, Math.sin(a) * 0.02 * height);
                at.rotate(Math.sin(a) * Math.toRadians(2.5));
            }
            case SHAKE -> at.translate(Math.sin(t * 97) * 0.006 * width, Math.cos(t * 131) * 0.006 * height);
            default -> {
            }
        }
        double zoom = zoom(t);
        at.scale(zoom, zoom);
        at.translate(-cx, -cy);
        return at;
    }

    /** Smoothstep: moves start and end at rest. */
    private static double ease(double t) {
        return t * t * (3 - 2 * t);
    }
}
