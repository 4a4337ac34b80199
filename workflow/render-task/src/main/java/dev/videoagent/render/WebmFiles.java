package dev.videoagent.render;

import dev.videoagent.core.model.RenderSettings;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.FrameRecorder;

/** Writing VP8 WebM files: one segment's frames through libvpx, and segments joined into the video. */
final class WebmFiles {

    private WebmFiles() {
    }

    /** Frames handed to the encoder, in order; {@code next} waits for frame {@code i} of the segment. */
    @FunctionalInterface
    interface FrameFeed {
        byte[] next(int i) throws InterruptedException;
    }

    /**
     * Encodes {@code count} frames (yuv420p at the video's size) into {@code file}; {@code done} hears each
     * frame once libvpx has it, after which its buffer may be reused.
     */
    static void encode(RenderSettings settings, Path file, int count, FrameFeed feed, IntConsumer done)
            throws InterruptedException {
        EncoderSettings encoder = EncoderSettings.forVideo(settings);
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), settings.width(), settings.height(), 0)) {
            bitexact(recorder);
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_VP8);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(settings.fps());
            recorder.setGopSize(encoder.gop());
            recorder.setVideoBitrate((int) encoder.bitrate());
            recorder.setVideoOption("deadline", encoder.deadline());
            recorder.setVideoOption("cpu-used", Integer.toString(encoder.cpuUsed()));
            recorder.setVideoOption("threads", Integer.toString(encoder.threads()));
            recorder.setVideoOption("max-intra-rate", Integer.toString(encoder.maxIntraRate()));
            recorder.start();
            for (int i = 0; i < count; i++) {
                byte[] frame = feed.next(i);
                // already yuv420p at the codec's size: FFmpeg takes the planes without converting
                recorder.recordImage(settings.width(), settings.height(), Frame.DEPTH_UBYTE, 1, settings.width(),
                        avutil.AV_PIX_FMT_YUV420P, ByteBuffer.wrap(frame));
                done.accept(i);
            }
            recorder.stop();
        } catch (FrameRecorder.Exception e) {
            throw new RenderFailedException("encoding failed: " + e.getMessage(), e);
        }
    }

    /**
     * Joins segments, each starting with a key frame, into one WebM without re-encoding: the packets are copied
     * with their times moved to where their segment starts ({@code firstFrames}, in frames).
     */
    static void join(List<Path> parts, List<Integer> firstFrames, RenderSettings settings, Path video) {
        try (FFmpegFrameGrabber first = open(parts.get(0));
             FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(video.toFile(), settings.width(), settings.height(), 0)) {
            bitexact(recorder);
            recorder.start(first.getFormatContext());
            AVRational timeBase = first.getFormatContext().streams(0).time_base();
            AVRational frameTime = avutil.av_make_q(1, settings.fps());
            for (int p = 0; p < parts.size(); p++) {
                long shift = avutil.av_rescale_q(firstFrames.get(p), frameTime, timeBase);
                FFmpegFrameGrabber grabber = p == 0 ? first : open(parts.get(p));
                try {
                    copy(grabber, recorder, shift);
                } finally {
                    if (p > 0) {
                        grabber.close();
                    }
                }
            }
            recorder.stop();
        } catch (FrameGrabber.Exception | FrameRecorder.Exception e) {
            throw new RenderFailedException("joining the video's segments failed: " + e.getMessage(), e);
        }
    }

    private static void copy(FFmpegFrameGrabber grabber, FFmpegFrameRecorder recorder, long shift)
            throws FrameGrabber.Exception, FrameRecorder.Exception {
        AVPacket packet;
        while ((packet = grabber.grabPacket()) != null) {
            try {
                packet.pts(packet.pts() + shift);
                packet.dts(packet.dts() + shift);
                recorder.recordPacket(packet);
            } finally {
                avcodec.av_packet_unref(packet);
            }
        }
    }

    private static FFmpegFrameGrabber open(Path part) throws FrameGrabber.Exception {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(part.toFile());
        // our own files: the header says all there is, no need to decode frames to find out
        grabber.setOption("probesize", "32");
        grabber.setOption("analyzeduration", "0");
        grabber.start();
        return grabber;
    }

    /** No random segment ids or muxer version in the file: the same job gives the same bytes. */
    private static void bitexact(FFmpegFrameRecorder recorder) {
        recorder.setFormat("webm");
        recorder.setOption("fflags", "+bitexact");
        recorder.setVideoOption("flags", "+bitexact");
    }
}
