package dev.videoagent.render;

import dev.videoagent.core.model.RenderPlan;
import dev.videoagent.core.model.RenderSettings;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

/**
 * Draws frame {@code n} of a plan into a caller's buffer, painter by painter: the scene through the
 * camera, then the overlay. Every frame is a pure function of (plan, settings, n): particle positions
 * are computed from the time, not stepped, so frames can be drawn on any thread in any order and the
 * same job always gives the same pixels. Per-video work (the particles, the caption image) is done
 * once in the constructor.
 */
final class FrameSynthesizer implements FrameSource {

    private final int width;
    private final int height;
    private final int frames;
    private final double fps;
    private final double speed;
    private final Camera camera;
    private final Painter scene;
    private final Painter overlay;

    FrameSynthesizer(RenderPlan plan, RenderSettings settings) {
        this(plan, settings, true);
    }

    /** Without {@code overlays}: the scene alone, no title, caption or progress bar. */
    FrameSynthesizer(RenderPlan plan, RenderSettings settings, boolean overlays) {
        this.width = settings.width();
        this.height = settings.height();
        this.frames = settings.frames();
        this.fps = settings.fps();
        this.speed = plan.speed();
        this.camera = new Camera(plan.camera(), width, height);
        List<Particle> particles = Particle.fromSeed(plan.seed());
        Painter sky = new SkyPainter(plan.palette(), camera, width, height);
        if (plan.fallback()) {
            scene = Painter.inOrder(List.of(sky, new FallbackPainter(plan.palette().accent(), width, height)));
        } else {
            Look look = new Look(plan.palette(), plan.seed(), width, height);
            BackdropPainter backdrop = new BackdropPainter(plan.backdrop(), look);
            // indoors, in space and under water the backdrop covers the sky: no sun, moon or clouds behind it
            scene = Painter.inOrder(backdrop.fillsFrame()
                    ? List.of(sky, backdrop, new FigurePainter(plan.figures(), plan.backdrop(), look, plan.energy()),
                            MotionLayerPainters.inFrontOfSubject(plan, particles, width, height))
                    : List.of(sky,
                            new CelestialPainter(plan.palette(), width, height),
                            MotionLayerPainters.behindSubject(plan, particles, width, height),
                            backdrop,
                            new FigurePainter(plan.figures(), plan.backdrop(), look, plan.energy()),
                            MotionLayerPainters.inFrontOfSubject(plan, particles, width, height)));
        }
        overlay = overlays ? new OverlayPainter(plan.caption(), plan.title(), width, height, frames) : (g, frame) -> { };
    }

    @Override
    public int frames() {
        return frames;
    }

    /** A buffer frames can be drawn into (one int per pixel, Java2D's fastest); reused across frames. */
    @Override
    public BufferedImage newBuffer() {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    @Override
    public void draw(int n, BufferedImage target) {
        double t = frames <= 1 ? 1.0 : (double) n / (frames - 1);
        double seconds = n / fps;
        double motion = seconds * speed;
        int[] pixels = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            AffineTransform screen = g.getTransform();
            g.transform(camera.view(t));
            FrameCanvas frame = new FrameCanvas(n, t, seconds, motion, pixels,
                    new Dots(pixels, width, height, g.getTransform()));
            scene.paint(g, frame);
            g.setTransform(screen);
            overlay.paint(g, frame);
        } finally {
            g.dispose();
        }
    }
}
