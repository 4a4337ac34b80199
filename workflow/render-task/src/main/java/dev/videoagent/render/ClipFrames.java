package dev.videoagent.render;

import dev.videoagent.core.model.RenderSettings;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * A model's clip as our frames: decoded in order, each output frame showing the clip's picture at its time, so a
 * clip shorter than the asked length plays again from its start (a 5 s Luma clip fills a 10 s video twice) and
 * one at another frame rate keeps its speed; scaled to cover the asked size (cropped, never stretched), with the
 * caption and progress bar drawn over it unless overlays are off.
 */
final class ClipFrames implements FrameSource, AutoCloseable {

    private final RenderSettings settings;
    private final Painter overlay;
    private final FFmpegFrameGrabber grabber;
    private final Java2DFrameConverter converter = new Java2DFrameConverter();
    private final double clipSeconds;
    private BufferedImage current;
    private double currentTime = -1;
    private double loopStart;
    private int nextFrame;

    ClipFrames(Path clip, RenderSettings settings, String caption, Optional<String> title, boolean overlays) {
        this.settings = settings;
        this.overlay = overlays ? new OverlayPainter(caption, title, settings.width(), settings.height(), settings.frames())
                : (g, frame) -> { };
        this.grabber = new FFmpegFrameGrabber(clip.toFile());
        try {
            grabber.start();
        } catch (FrameGrabber.Exception e) {
            throw new RenderFailedException("the model's clip cannot be read: " + e.getMessage(), e);
        }
        double seconds = grabber.getLengthInTime() / 1e6;
        this.clipSeconds = seconds > 0 ? seconds : Double.MAX_VALUE;
    }

    @Override
    public int frames() {
        return settings.frames();
    }

    @Override
    public BufferedImage newBuffer() {
        return new BufferedImage(settings.width(), settings.height(), BufferedImage.TYPE_INT_RGB);
    }

    @Override
    public boolean inOrder() {
        return true;
    }

    @Override
    public void draw(int n, BufferedImage target) {
        if (n != nextFrame) {
            throw new IllegalStateException("clip frames are drawn in order: asked " + n + ", next is " + nextFrame);
        }
        nextFrame++;
        double at = n / (double) settings.fps() - loopStart;
        if (at >= clipSeconds) {
            rewind(n);
            at = 0;
        }
        advanceTo(at, n);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            cover(g, current);
            double t = settings.frames() <= 1 ? 1.0 : (double) n / (settings.frames() - 1);
            overlay.paint(g, new FrameCanvas(n, t, n / (double) settings.fps(), n / (double) settings.fps(), null, null));
        } finally {
            g.dispose();
        }
    }

    /** Reads frames until the clip's time passes {@code at}: the picture shown at that moment. */
    private void advanceTo(double at, int n) {
        try {
            while (current == null || currentTime + 1e-6 < at) {
                Frame frame = grabber.grabImage();
                if (frame == null) {
                    if (current == null) {
                        throw new RenderFailedException("the model's clip has no pictures", null);
                    }
                    rewind(n); // shorter than its stated length: play it again from here
                    return;
                }
                currentTime = frame.timestamp / 1e6;
                current = copy(converter.convert(frame));
            }
        } catch (FrameGrabber.Exception e) {
            throw new RenderFailedException("the model's clip cannot be decoded: " + e.getMessage(), e);
        }
    }

    private void rewind(int n) {
        try {
            grabber.setTimestamp(0);
        } catch (FrameGrabber.Exception e) {
            throw new RenderFailedException("the model's clip cannot be replayed: " + e.getMessage(), e);
        }
        loopStart = n / (double) settings.fps();
        currentTime = -1;
        current = null;
        advanceTo(0, n);
    }

    /** The converter reuses its image: a copy stays the same until the next picture replaces it. */
    private static BufferedImage copy(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    /** The picture scaled to fill the frame, its overflow cropped evenly on both sides. */
    private void cover(Graphics2D g, BufferedImage picture) {
        double scale = Math.max(settings.width() / (double) picture.getWidth(), settings.height() / (double) picture.getHeight());
        int w = (int) Math.ceil(picture.getWidth() * scale);
        int h = (int) Math.ceil(picture.getHeight() * scale);
        g.drawImage(picture, (settings.width() - w) / 2, (settings.height() - h) / 2, w, h, null);
    }

    @Override
    public void close() {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            // the clip is read; nothing else depends on closing it cleanly
        }
    }
}
