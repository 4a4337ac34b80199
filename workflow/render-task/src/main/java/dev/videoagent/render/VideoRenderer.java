package dev.videoagent.render;

import dev.videoagent.core.model.RenderPlan;
import dev.videoagent.core.model.RenderSettings;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.global.avutil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a plan to a VP8 WebM and a JPEG poster. The video is cut into segments, one per encoder, each encoded
 * by its own single-threaded libvpx (a 720p frame costs libvpx more than drawing it, and one libvpx does not use
 * two cores well); worker threads draw the frames, segment by segment in turn, into each segment's ring of
 * reused buffers. The segments are then joined without re-encoding. Every part is deterministic, so the same
 * job gives the same bytes.
 */
public final class VideoRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(VideoRenderer.class);

    static {
        // FFmpeg and JavaCPP talk through our logging, and only about errors
        if (System.getProperty("org.bytedeco.javacpp.logger") == null) {
            System.setProperty("org.bytedeco.javacpp.logger", "slf4j");
        }
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    /** Called at least every 5% of the frames, and once at the end, with ever larger counts. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(int framesDone, int frames);
    }

    private final int workers;
    private final int encoders;

    public VideoRenderer() {
        this(EncoderSettings.frameWorkers(), EncoderSettings.encoders());
    }

    VideoRenderer(int workers, int encoders) {
        this.workers = workers;
        this.encoders = encoders;
    }

    public RenderResult render(RenderPlan plan, RenderSettings settings, Path video, Path poster,
                               ProgressListener listener) {
        return render(new FrameSynthesizer(plan, settings), settings, video, poster, listener);
    }

    /** Encodes the frames of {@code source}: several at once unless they must come in order. */
    RenderResult render(FrameSource source, RenderSettings settings, Path video, Path poster, ProgressListener listener) {
        long started = System.nanoTime();
        int frames = source.frames();
        List<Segment> segments = source.inOrder() ? List.of(new Segment(0, 0, frames))
                : Segment.split(frames, settings.fps(), encoders);
        int drawers = source.inOrder() ? 1 : workers;
        List<FrameRing> rings = new ArrayList<>();
        List<Path> parts = new ArrayList<>();
        for (Segment s : segments) {
            rings.add(new FrameRing(source, settings.width(), settings.height(), drawers + 2));
            parts.add(segments.size() == 1 ? video : video.resolveSibling(video.getFileName() + ".part" + s.index()));
        }
        Progress progress = new Progress(frames, listener);
        AtomicReference<RenderFailedException> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(drawers + segments.size(), r -> {
            Thread t = new Thread(r, "render");
            t.setDaemon(true);
            return t;
        });
        try {
            int[] order = Segment.drawingOrder(segments);
            AtomicInteger next = new AtomicInteger();
            int posterFrame = (int) (frames * 0.4);
            for (int w = 0; w < drawers; w++) {
                pool.execute(() -> draw(source, settings, segments, rings, order, next, posterFrame, poster, failure));
            }
            CompletionService<Void> encoded = new ExecutorCompletionService<>(pool);
            for (Segment s : segments) {
                FrameRing ring = rings.get(s.index());
                encoded.submit(() -> {
                    WebmFiles.encode(settings, parts.get(s.index()), s.count(), i -> {
                        ring.awaitDrawn(i);
                        if (failure.get() != null) {
                            throw failure.get();
                        }
                        return ring.yuv(i);
                    }, i -> {
                        ring.encoded(i);
                        progress.frameDone();
                    });
                    return null;
                });
            }
            awaitAll(encoded, segments.size());
            if (segments.size() > 1) {
                WebmFiles.join(parts, segments.stream().map(Segment::first).toList(), settings, video);
            }
        } finally {
            pool.shutdownNow();
            if (segments.size() > 1) {
                parts.forEach(VideoRenderer::deleteQuietly);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long bytes = size(video);
        LOG.info("render: {} frames {}x{} in {} s ({} fps, {} segments), {} bytes", frames, settings.width(),
                settings.height(), String.format("%.2f", seconds), String.format("%.1f", frames / seconds),
                segments.size(), bytes);
        return new RenderResult(video, poster, frames, (double) frames / settings.fps(), seconds, frames / seconds, bytes);
    }

    private static void draw(FrameSource source, RenderSettings settings, List<Segment> segments, List<FrameRing> rings,
                             int[] order, AtomicInteger next, int posterFrame, Path poster,
                             AtomicReference<RenderFailedException> failure) {
        int[] scratch = Yuv420.newScratch(settings.width(), settings.height());
        int k;
        while ((k = next.getAndIncrement()) < order.length && failure.get() == null) {
            int n = order[k];
            Segment segment = segments.stream().filter(s -> s.contains(n)).findFirst().orElseThrow();
            FrameRing ring = rings.get(segment.index());
            int i = n - segment.first();
            try {
                ring.awaitFree(i);
            } catch (InterruptedException stopped) {
                return;
            }
            try {
                BufferedImage image = ring.image(i);
                source.draw(n, image);
                Yuv420.fromRgb(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), settings.width(),
                        settings.height(), ring.yuv(i), scratch);
                if (n == posterFrame) {
                    writePoster(image, poster);
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, new RenderFailedException("drawing frame " + n + " failed: " + e, e));
                rings.forEach(FrameRing::abandon);
            } finally {
                ring.drawn(i);
            }
        }
    }

    /** Waits for every segment's encoder; the first failure stops the others and is thrown. */
    private static void awaitAll(CompletionService<Void> encoded, int segments) {
        try {
            for (int s = 0; s < segments; s++) {
                encoded.take().get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderFailedException("the render was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RenderFailedException failed ? failed
                    : new RenderFailedException("encoding failed: " + cause, cause);
        }
    }

    /** Frames done across all encoders, told to the listener every 5% and at the end, never going back. */
    private static final class Progress {

        private final int frames;
        private final int step;
        private final ProgressListener listener;
        private int done;

        Progress(int frames, ProgressListener listener) {
            this.frames = frames;
            this.step = Math.max(1, frames / 20);
            this.listener = listener;
        }

        synchronized void frameDone() {
            done++;
            if (done % step == 0 || done == frames) {
                listener.progress(done, frames);
            }
        }
    }

    private static void writePoster(BufferedImage frame, Path poster) throws IOException {
        if (!ImageIO.write(frame, "jpg", poster.toFile())) {
            throw new IOException("no JPEG writer");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("render: could not delete {}: {}", file, e.toString());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
