package dev.videoagent.core.model;

import java.util.Locale;
import java.util.Optional;

/** The camera's slow move over the scene; named by the lexicon's {@code camera=} attribute. */
public enum CameraMove {
    STATIC, ZOOM_IN, ZOOM_OUT, PAN, TILT, ORBIT, SHAKE;

    public static Optional<CameraMove> ofAttribute(String camera) {
        for (CameraMove move : values()) {
            if (move.name().equals(camera.toUpperCase(Locale.ROOT))) {
                return Optional.of(move);
            }
        }
        return Optional.empty();
    }
}
