package dev.videoagent.core.model;

import java.util.Locale;
import java.util.Optional;

/** A layer of moving things the renderer draws; named by the lexicon's {@code visual=} attribute. */
public enum MotionLayer {
    SNOW, RAIN, PETALS, FIREWORKS, BUBBLES, WAVES, CLOUDS, SPARKS, FIREFLIES, LEAVES, STARS, NEON;

    public static Optional<MotionLayer> ofVisual(String visual) {
        for (MotionLayer layer : values()) {
            if (layer.name().equals(visual.toUpperCase(Locale.ROOT))) {
                return Optional.of(layer);
            }
        }
        return Optional.empty();
    }
}
