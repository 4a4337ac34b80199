package dev.videoagent.render;

import dev.videoagent.core.model.RenderSettings;

/**
 * libvpx (VP8) settings, chosen by measurement (docs/renderer.md): the realtime deadline at
 * cpu-used 16 encodes our particle-heavy scenes about as fast as FFmpeg encodes testsrc2 (at cpu-used 8
 * they took 1.4x as long), and the target bitrate scales with pixels per second (0.1 bit per
 * pixel), which keeps the synthetic scenes clean at every allowed size. Each libvpx runs one thread:
 * the cores are used by encoding segments of the video side by side (two halves encode in 0.55x the time
 * of the whole on 2 cores), which scales where libvpx's own row threads stalled (2+2 threads on 2 cores
 * was 50% slower than 1+1). A key frame may take at most 4.5x a frame's share of the bitrate: an uncapped one
 * left so few bits that the frame after it nearly repeated it, at the start and where a segment begins.
 */
public record EncoderSettings(long bitrate, String deadline, int cpuUsed, int threads, int gop, int maxIntraRate) {

    static final double BITS_PER_PIXEL = 0.1;

    /**
     * Threads drawing frames: one per core, beside the segments' encoders (2 drawing threads with 2 encoders on 2
     * cores: 0.78-1.01 s against 0.99-1.12 s for 10 s at 640x360, 2.96-3.35 s against 3.33-3.61 s at 720p).
     */
    public static int frameWorkers() {
        return Math.max(1, cores());
    }

    /** Segments encoded at once: one per core. */
    public static int encoders() {
        return cores();
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static EncoderSettings forVideo(RenderSettings video) {
        long bitrate = Math.round((double) video.width() * video.height() * video.fps() * BITS_PER_PIXEL);
        // a key frame every 2 seconds: seeking in the player stays quick
        return new EncoderSettings(bitrate, "realtime", 16, 1, video.fps() * 2, 450);
    }
}
