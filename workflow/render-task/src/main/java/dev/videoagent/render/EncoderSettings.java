package dev.videoagent.render;

import dev.videoagent.core.model.RenderSettings;

/**
 * libvpx (VP8) settings, chosen by measurement (docs/renderer.md): the realtime deadline at
 * cpu-used 16 encodes our particle-heavy scenes as fast as FFmpeg encodes testsrc2 (at cpu-used 8
 * they took 1.4x as long), and the target bitrate scales with pixels per second (0.1 bit per
 * pixel), which keeps the synthetic scenes clean at every allowed size. libvpx gets the cores the
 * frame workers leave: on 2 cores one each, since libvpx's row threads stall badly when a frame
 * worker preempts them (2+2 threads on 2 cores was 50% slower than 1+1).
 */
public record EncoderSettings(long bitrate, String deadline, int cpuUsed, int threads, int gop) {

    static final double BITS_PER_PIXEL = 0.1;

    /** Threads drawing frames: half the cores, at least one. */
    public static int frameWorkers() {
        return Math.max(1, cores() / 2);
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static EncoderSettings forVideo(RenderSettings video) {
        long bitrate = Math.round((double) video.width() * video.height() * video.fps() * BITS_PER_PIXEL);
        // a key frame every 2 seconds: seeking in the player stays quick
        return new EncoderSettings(bitrate, "realtime", 16, Math.max(1, cores() - frameWorkers()), video.fps() * 2);
    }
}
