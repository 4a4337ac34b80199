package dev.videoagent.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/** A real small clip made at test time, as a model would deliver it: a ball crossing a green field. */
public final class TestClips {

    private TestClips() {
    }

    /** A VP8 WebM of {@code seconds} at 320x192 and 24 fps (what ComfyUI's SaveWEBM delivers, smaller). */
    public static Path vp8(Path file, int seconds) throws Exception {
        return clip(file, seconds, "webm", avcodec.AV_CODEC_ID_VP8);
    }

    /** An MPEG-4 MP4 of {@code seconds} at 320x192 and 24 fps (what Bedrock delivers, smaller). */
    public static Path mp4(Path file, int seconds) throws Exception {
        return clip(file, seconds, "mp4", avcodec.AV_CODEC_ID_MPEG4);
    }

    private static Path clip(Path file, int seconds, String format, int codec) throws Exception {
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 320, 192, 0)) {
            recorder.setFormat(format);
            recorder.setVideoCodec(codec);
            recorder.setFrameRate(24);
            recorder.start();
            Java2DFrameConverter converter = new Java2DFrameConverter();
            for (int i = 0; i < seconds * 24; i++) {
                BufferedImage frame = new BufferedImage(320, 192, BufferedImage.TYPE_3BYTE_BGR);
                Graphics2D g = frame.createGraphics();
                g.setColor(new Color(20, 120, 60));
                g.fillRect(0, 0, 320, 192);
                g.setColor(Color.ORANGE);
                g.fillOval(i * 5 % 320, 60, 60, 60);
                g.dispose();
                recorder.record(converter.convert(frame));
            }
            recorder.stop();
        }
        return file;
    }
}
