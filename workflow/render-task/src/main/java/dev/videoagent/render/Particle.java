package dev.videoagent.render;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Six numbers in [0, 1) drawn once per video from the plan's seed, from which a particle's place is
 * computed for any frame. The names say what most layers use them for; a layer that needs, say, a
 * color reads one of them for it.
 */
record Particle(double x, double y, double size, double speed, double phase, double drift) {

    /** Enough for the busiest layer (the rain's 260 drops) and for the fireworks, which pick theirs all over. */
    static final int COUNT = 400;

    /**
     * The video's particles. They are drawn from the seed particle by particle, field by field in
     * declaration order: changing that order changes every frame of every video.
     */
    static List<Particle> fromSeed(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Particle[] particles = new Particle[COUNT];
        for (int i = 0; i < COUNT; i++) {
            double x = random.nextDouble();
            double y = random.nextDouble();
            double size = random.nextDouble();
            double speed = random.nextDouble();
            double phase = random.nextDouble();
            double drift = random.nextDouble();
            particles[i] = new Particle(x, y, size, speed, phase, drift);
        }
        return List.copyOf(Arrays.asList(particles));
    }
}
