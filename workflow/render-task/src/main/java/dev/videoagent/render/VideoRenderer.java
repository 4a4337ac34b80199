package dev.videoagent.render;

import dev.videoagent.core.model.RenderPlan;
import dev.videoagent.core.model.RenderSettings;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a plan to a VP8 WebM and a JPEG poster. Worker threads draw frames into a ring of reused
 * buffers while this thread hands them, in order, to FFmpeg's libvpx encoder (which runs its own
 * threads): a frame waits for its buffer's previous frame to be encoded, the encoder for the frame.
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

    /** Called at least every 5% of the frames, and once at the end. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(int framesDone, int frames);
    }

    private final int workers;

    public VideoRenderer() {
        this(EncoderSettings.frameWorkers());
    }

    VideoRenderer(int workers) {
        this.workers = workers;
    }

    public RenderResult render(RenderPlan plan, RenderSettings settings, Path video, Path poster,
                               ProgressListener listener) {
        return render(new FrameSynthesizer(plan, settings), settings, video, poster, listener);
    }

    /** Encodes the frames of {@code synth}: several at once unless they must come in order. */
    RenderResult render(FrameSource synth, RenderSettings settings, Path video, Path poster, ProgressListener listener) {
        long started = System.nanoTime();
        int workers = synth.inOrder() ? 1 : this.workers;
        int frames = synth.frames();
        int posterFrame = (int) (frames * 0.4);
        int slots = workers + 3;
        BufferedImage[] buffers = new BufferedImage[slots];
        byte[][] yuv = new byte[slots][];
        Semaphore[] free = new Semaphore[slots];
        Semaphore[] ready = new Semaphore[slots];
        for (int i = 0; i < slots; i++) {
            buffers[i] = synth.newBuffer();
            yuv[i] = Yuv420.newBuffer(settings.width(), settings.height());
            free[i] = new Semaphore(1);
            ready[i] = new Semaphore(0);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "frame-synth");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int w = 0; w < workers; w++) {
                pool.execute(() -> {
                    int n;
                    while ((n = next.getAndIncrement()) < frames && failure.get() == null) {
                        int slot = n % slots;
                        try {
                            free[slot].acquire();
                            synth.draw(n, buffers[slot]);
                            Yuv420.fromRgb(((DataBufferInt) buffers[slot].getRaster().getDataBuffer()).getData(),
                                    settings.width(), settings.height(), yuv[slot]);
                            if (n == posterFrame) {
                                writePoster(buffers[slot], poster);
                            }
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                        } finally {
                            ready[slot].release();
                        }
                    }
                });
            }
            encode(settings, video, frames, slots, yuv, free, ready, failure, listener);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long bytes = size(video);
        LOG.info("render: {} frames {}x{} in {} s ({} fps), {} bytes", frames, settings.width(), settings.height(),
                String.format("%.2f", seconds), String.format("%.1f", frames / seconds), bytes);
        return new RenderResult(video, poster, frames, (double) frames / settings.fps(), seconds, frames / seconds, bytes);
    }

    private static void encode(RenderSettings settings, Path video, int frames, int slots, byte[][] yuv,
                               Semaphore[] free, Semaphore[] ready, AtomicReference<Throwable> failure,
                               ProgressListener listener) {
        EncoderSettings encoder = EncoderSettings.forVideo(settings);
        int step = Math.max(1, frames / 20);
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(video.toFile(), settings.width(), settings.height(), 0)) {
            recorder.setFormat("webm");
            // no random segment ids or muxer version in the file: the same job gives the same bytes
            recorder.setOption("fflags", "+bitexact");
            recorder.setVideoOption("flags", "+bitexact");
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_VP8);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(settings.fps());
            recorder.setGopSize(encoder.gop());
            recorder.setVideoBitrate((int) encoder.bitrate());
            recorder.setVideoOption("deadline", encoder.deadline());
            recorder.setVideoOption("cpu-used", Integer.toString(encoder.cpuUsed()));
            recorder.setVideoOption("threads", Integer.toString(encoder.threads()));
            recorder.start();
            for (int n = 0; n < frames; n++) {
                int slot = n % slots;
                ready[slot].acquireUninterruptibly();
                if (failure.get() != null) {
                    throw new RenderFailedException("drawing frame " + n + " failed: " + failure.get(), failure.get());
                }
                // already yuv420p at the codec's size: FFmpeg takes the planes without converting
                recorder.recordImage(settings.width(), settings.height(), Frame.DEPTH_UBYTE, 1, settings.width(),
                        avutil.AV_PIX_FMT_YUV420P, ByteBuffer.wrap(yuv[slot]));
                free[slot].release();
                if ((n + 1) % step == 0 || n + 1 == frames) {
                    listener.progress(n + 1, frames);
                }
            }
            recorder.stop();
        } catch (org.bytedeco.javacv.FrameRecorder.Exception e) {
            throw new RenderFailedException("encoding failed: " + e.getMessage(), e);
        }
    }

    private static void writePoster(BufferedImage frame, Path poster) throws IOException {
        if (!ImageIO.write(frame, "jpg", poster.toFile())) {
            throw new IOException("no JPEG writer");
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
