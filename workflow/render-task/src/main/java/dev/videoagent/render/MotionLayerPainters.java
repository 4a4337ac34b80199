package dev.videoagent.render;

import dev.videoagent.core.model.MotionLayer;
import dev.videoagent.core.model.RenderPlan;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The plan's motion layers, in the plan's order: the far ones behind the subject, the others in front of it. */
final class MotionLayerPainters {

    private static final Set<MotionLayer> BEHIND_SUBJECT = EnumSet.of(MotionLayer.CLOUDS, MotionLayer.STARS,
            MotionLayer.NEON);

    private MotionLayerPainters() {
    }

    static Painter behindSubject(RenderPlan plan, List<Particle> particles, int width, int height) {
        return layers(plan, particles, width, height, true);
    }

    static Painter inFrontOfSubject(RenderPlan plan, List<Particle> particles, int width, int height) {
        return layers(plan, particles, width, height, false);
    }

    private static Painter layers(RenderPlan plan, List<Particle> particles, int width, int height, boolean behind) {
        return Painter.inOrder(plan.layers().stream()
                .filter(layer -> BEHIND_SUBJECT.contains(layer) == behind)
                .map(layer -> painter(layer, plan, particles, width, height))
                .toList());
    }

    private static Painter painter(MotionLayer layer, RenderPlan plan, List<Particle> particles, int width,
                                   int height) {
        // even a calm plan's rain, sparks and waves keep moving
        double energy = 0.5 + plan.energy();
        return switch (layer) {
            case SNOW -> WeatherPainters.snow(particles, width, height);
            case RAIN -> WeatherPainters.rain(particles, width, height, energy);
            case PETALS -> WeatherPainters.petals(particles, width, height);
            case LEAVES -> WeatherPainters.leaves(particles, width, height);
            case BUBBLES -> WeatherPainters.bubbles(particles, width, height);
            case FIREWORKS -> LightPainters.fireworks(particles, width, height);
            case SPARKS -> LightPainters.sparks(particles, width, height, energy);
            case FIREFLIES -> LightPainters.fireflies(particles, width, height);
            case NEON -> LightPainters.neon(particles, width, height);
            case CLOUDS -> SceneryPainters.clouds(particles, width, height, plan.palette().skyTop());
            case STARS -> SceneryPainters.stars(particles, width, height);
            case WAVES -> SceneryPainters.waves(width, height, energy);
        };
    }
}
