package dev.videoagent.render;

import dev.videoagent.core.render.CameraMove;
import dev.videoagent.core.render.Colors;
import dev.videoagent.core.render.MotionLayer;
import dev.videoagent.core.render.RenderPlan;
import dev.videoagent.core.render.RenderSettings;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws frame {@code n} of a plan into a caller's BGR buffer. Every frame is a pure function of
 * (plan, settings, n): particle positions are computed from the time, not stepped, so frames can be
 * drawn on any thread in any order and the same job always gives the same pixels. Per-video work (the
 * particles' parameters, the caption image) is done once in the constructor.
 */
final class FrameSynthesizer {

    private static final double HORIZON = 0.64;

    private final RenderPlan plan;
    private final int width;
    private final int height;
    private final int frames;
    private final double fps;
    private final double[][] particles;
    private final BufferedImage caption;
    private final int captionY;
    private final BufferedImage title;

    FrameSynthesizer(RenderPlan plan, RenderSettings settings) {
        this.plan = plan;
        this.width = settings.width();
        this.height = settings.height();
        this.frames = settings.frames();
        this.fps = settings.fps();
        SplittableRandom random = new SplittableRandom(plan.seed());
        // 6 numbers per particle, the same for every frame
        this.particles = new double[400][6];
        for (double[] p : particles) {
            for (int k = 0; k < p.length; k++) {
                p[k] = random.nextDouble();
            }
        }
        int captionHeight = Math.max(48, height / 7);
        this.caption = captionImage(plan.caption(), captionHeight);
        this.captionY = height - captionHeight - Math.max(10, height / 60);
        this.title = plan.title().map(this::titleImage).orElse(null);
    }

    int frames() {
        return frames;
    }

    /** A buffer frames can be drawn into (one int per pixel, Java2D's fastest); reused across frames. */
    BufferedImage newBuffer() {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    void draw(int n, BufferedImage target) {
        double t = frames <= 1 ? 1.0 : (double) n / (frames - 1);
        double seconds = n / fps;
        double motion = seconds * plan.speed();
        paintSky(target, t);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            AffineTransform screen = g.getTransform();
            g.transform(camera(t));
            if (plan.fallback()) {
                drawFallback(g, seconds);
            } else {
                drawCelestial(g);
                drawGround(g);
                int[] pixels = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
                for (MotionLayer layer : plan.layers()) {
                    drawLayer(g, pixels, layer, motion, true);
                }
                drawSubject(g, motion);
                for (MotionLayer layer : plan.layers()) {
                    drawLayer(g, pixels, layer, motion, false);
                }
            }
            g.setTransform(screen);
            drawOverlays(g, n);
        } finally {
            g.dispose();
        }
    }

    /** The sky and ground gradient written straight into the raster: the cheapest full-frame fill. */
    private void paintSky(BufferedImage target, double t) {
        int[] pixels = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
        double zoom = zoom(t);
        double shiftY = plan.camera() == CameraMove.TILT ? (0.5 - t) * 0.08 * height : 0;
        int horizon = (int) Math.round(height / 2.0 + (HORIZON * height - height / 2.0) * zoom + shiftY);
        for (int y = 0; y < height; y++) {
            int rgb;
            if (y < horizon) {
                rgb = Colors.mix(plan.palette().skyTop(), plan.palette().skyBottom(), horizon == 0 ? 1 : (double) y / horizon);
            } else {
                double d = (double) (y - horizon) / Math.max(1, height - horizon);
                rgb = Colors.mix(plan.palette().ground(), darker(plan.palette().ground()), d);
            }
            java.util.Arrays.fill(pixels, y * width, (y + 1) * width, rgb);
        }
    }

    private double zoom(double t) {
        return switch (plan.camera()) {
            case ZOOM_IN -> 1.0 + 0.14 * ease(t);
            case ZOOM_OUT -> 1.14 - 0.14 * ease(t);
            case PAN, TILT, ORBIT -> 1.1;
            case SHAKE -> 1.05;
            case STATIC -> 1.0;
        };
    }

    private AffineTransform camera(double t) {
        AffineTransform at = new AffineTransform();
        double cx = width / 2.0;
        double cy = height / 2.0;
        at.translate(cx, cy);
        switch (plan.camera()) {
            case PAN -> at.translate((0.5 - ease(t)) * 0.09 * width, 0);
            case TILT -> at.translate(0, (0.5 - t) * 0.08 * height);
            case ORBIT -> {
                double a = t * 2 * Math.PI;
                at.translate(Math.cos(a) * 0.03 * width, Math.sin(a) * 0.02 * height);
                at.rotate(Math.sin(a) * Math.toRadians(2.5));
            }
            case SHAKE -> at.translate(Math.sin(t * 97) * 0.006 * width, Math.cos(t * 131) * 0.006 * height);
            default -> {
            }
        }
        double zoom = zoom(t);
        at.scale(zoom, zoom);
        at.translate(-cx, -cy);
        return at;
    }

    private static double ease(double t) {
        return t * t * (3 - 2 * t);
    }

    private void drawCelestial(Graphics2D g) {
        int sky = plan.palette().skyTop();
        boolean dark = Colors.luma(sky) < 60;
        double r = height * (dark ? 0.05 : 0.08);
        double x = width * 0.78;
        double y = height * (dark ? 0.18 : 0.2);
        Color core = dark ? new Color(0xf2f0e6) : new Color(Colors.mix(plan.palette().skyBottom(), Colors.WHITE, 0.75));
        for (int i = 3; i >= 1; i--) {
            g.setColor(withAlpha(core, 0.08f * (4 - i)));
            double rr = r * (1 + i * 0.45);
            g.fill(new Ellipse2D.Double(x - rr, y - rr, rr * 2, rr * 2));
        }
        g.setColor(core);
        g.fill(new Ellipse2D.Double(x - r, y - r, r * 2, r * 2));
    }

    private void drawGround(Graphics2D g) {
        // a soft ridge on the horizon gives the camera something to move against
        Path2D.Double ridge = new Path2D.Double();
        double base = HORIZON * height;
        ridge.moveTo(-width * 0.2, base + 1);
        for (int i = 0; i <= 12; i++) {
            double x = -width * 0.2 + i * width * 1.4 / 12;
            double h = (0.03 + 0.04 * particles[i][0]) * height;
            ridge.lineTo(x, base - h);
        }
        ridge.lineTo(width * 1.2, base + 1);
        ridge.closePath();
        g.setColor(new Color(Colors.mix(plan.palette().ground(), plan.palette().skyBottom(), 0.35)));
        g.fill(ridge);
    }

    /** Background layers are drawn behind the subject, the others in front of it. */
    private void drawLayer(Graphics2D g, int[] pixels, MotionLayer layer, double s, boolean background) {
        boolean isBackground = layer == MotionLayer.CLOUDS || layer == MotionLayer.STARS || layer == MotionLayer.NEON;
        if (isBackground != background) {
            return;
        }
        double energy = 0.5 + plan.energy();
        double sat = plan.palette().saturation();
        drawLayerShapes(g, new Dots(pixels, width, height, g.getTransform()), layer, s, energy, sat);
    }

    private void drawLayerShapes(Graphics2D g, Dots dots, MotionLayer layer, double s, double energy, double sat) {
        switch (layer) {
            case SNOW -> {
                for (int i = 0; i < 220; i++) {
                    double[] p = particles[i];
                    double size = 2 + p[2] * height / 180.0;
                    double y = wrap(p[1] * height + s * (25 + 45 * p[3]) * height / 360.0, height);
                    double x = wrap(p[0] * width + Math.sin(p[4] * 6.28 + s * (0.6 + p[5])) * 18, width);
                    dots.disc(x, y, size, 0xffffff, 0.88);
                }
            }
            case RAIN -> {
                g.setStroke(new BasicStroke(Math.max(1f, height / 540f)));
                g.setColor(new Color(200, 210, 230, 150));
                for (int i = 0; i < 260; i++) {
                    double[] p = particles[i];
                    double len = height * (0.03 + 0.03 * p[2]);
                    double y = wrap(p[1] * height + s * (380 + 200 * p[3]) * height / 360.0 * energy, height + len) - len;
                    double x = wrap(p[0] * width - y * 0.12, width);
                    g.drawLine((int) x, (int) y, (int) (x - len * 0.12), (int) (y + len));
                }
            }
            case PETALS, LEAVES -> {
                Color a = layer == MotionLayer.PETALS ? new Color(255, 183, 213, 220) : new Color(214, 120, 40, 220);
                Color b = layer == MotionLayer.PETALS ? new Color(255, 214, 232, 220) : new Color(168, 84, 24, 220);
                for (int i = 0; i < 90; i++) {
                    double[] p = particles[i];
                    double size = height / 90.0 * (1 + p[2]);
                    double y = wrap(p[1] * height + s * (30 + 30 * p[3]) * height / 360.0, height);
                    double x = wrap(p[0] * width + s * 40 * (0.5 + p[5]) + Math.sin(s * 2 + p[4] * 6.28) * 25, width);
                    AffineTransform keep = g.getTransform();
                    g.translate(x, y);
                    g.rotate(s * (1 + p[4] * 2) + p[3] * 6.28);
                    g.setColor(i % 2 == 0 ? a : b);
                    g.fill(new Ellipse2D.Double(-size, -size / 2.4, size * 2, size / 1.2));
                    g.setTransform(keep);
                }
            }
            case FIREWORKS -> drawFireworks(g, dots, s);
            case BUBBLES -> {
                g.setStroke(new BasicStroke(Math.max(1.5f, height / 360f)));
                for (int i = 0; i < 70; i++) {
                    double[] p = particles[i];
                    double r = height / 70.0 * (0.6 + 1.6 * p[2]);
                    double y = height - wrap(p[1] * height + s * (40 + 50 * p[3]) * height / 360.0, height + 2 * r) + r;
                    double x = p[0] * width + Math.sin(s * 2.2 + p[4] * 6.28) * 14;
                    g.setColor(new Color(220, 245, 255, 170));
                    g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
                    g.setColor(new Color(255, 255, 255, 120));
                    g.fill(new Ellipse2D.Double(x - r * 0.5, y - r * 0.6, r * 0.5, r * 0.4));
                }
            }
            case WAVES -> {
                for (int band = 0; band < 4; band++) {
                    Path2D.Double wave = new Path2D.Double();
                    double base = height * (0.7 + band * 0.08);
                    wave.moveTo(-width * 0.1, height * 1.1);
                    for (int x = -width / 10; x <= width * 11 / 10; x += width / 64) {
                        double y = base + Math.sin(x / (width / 7.0) + s * (1.2 + band * 0.3) * energy + band)
                                * height * 0.02 * (1 + band * 0.3);
                        wave.lineTo(x, y);
                    }
                    wave.lineTo(width * 1.1, height * 1.1);
                    wave.closePath();
                    g.setColor(new Color(Colors.mix(0x1f6fb2, 0x9ed8f5, band / 4.0) & 0xffffff | 0xb4 << 24, true));
                    g.fill(wave);
                }
            }
            case CLOUDS -> {
                g.setColor(new Color(255, 255, 255, Colors.luma(plan.palette().skyTop()) < 60 ? 40 : 150));
                for (int i = 0; i < 7; i++) {
                    double[] p = particles[i + 100];
                    double cw = width * (0.18 + 0.14 * p[2]);
                    double x = wrap(p[0] * width * 1.4 + s * (12 + 20 * p[3]) * width / 640.0, width * 1.4) - width * 0.2;
                    double y = height * (0.06 + 0.34 * p[1]);
                    for (int k = 0; k < 4; k++) {
                        g.fill(new Ellipse2D.Double(x + k * cw * 0.22, y - (k % 2) * cw * 0.07, cw * 0.45, cw * 0.22));
                    }
                }
            }
            case SPARKS -> {
                for (int i = 0; i < 120; i++) {
                    double[] p = particles[i];
                    double life = wrap(s * (0.6 + p[3]) * energy + p[1], 1.0);
                    double x = width * (0.3 + 0.4 * p[0]) + Math.sin(p[4] * 6.28 + s * 3) * 30 * life;
                    double y = height * (0.85 - 0.7 * life);
                    dots.disc(x, y, 2 + 3 * p[5], 0xff0000 | (150 + (int) (90 * p[2])) << 8 | 40, 1 - life);
                }
            }
            case FIREFLIES -> {
                for (int i = 0; i < 45; i++) {
                    double[] p = particles[i];
                    double x = p[0] * width + Math.sin(s * (0.4 + p[3]) + p[4] * 6.28) * width * 0.04;
                    double y = height * (0.35 + 0.55 * p[1]) + Math.cos(s * (0.5 + p[5]) + p[2] * 6.28) * height * 0.03;
                    double blink = 0.5 + 0.5 * Math.sin(s * (2 + 3 * p[2]) + p[3] * 6.28);
                    double r = height / 110.0;
                    g.setColor(new Color(210, 255, 90, (int) (70 * blink)));
                    g.fill(new Ellipse2D.Double(x - r * 2.5, y - r * 2.5, r * 5, r * 5));
                    g.setColor(new Color(240, 255, 150, (int) (230 * blink)));
                    g.fill(new Ellipse2D.Double(x - r / 2, y - r / 2, r, r));
                }
            }
            case STARS -> {
                for (int i = 0; i < 150; i++) {
                    double[] p = particles[i];
                    double twinkle = 0.55 + 0.45 * Math.sin(s * (1.5 + 3 * p[3]) + p[4] * 6.28);
                    dots.disc(p[0] * width, p[1] * height * HORIZON * 0.95, 1 + 2.2 * p[2], 0xfffff0, 0.9 * twinkle);
                }
            }
            case NEON -> {
                Color[] tubes = {new Color(255, 43, 214), new Color(43, 232, 255), new Color(255, 230, 60)};
                for (int i = 0; i < 8; i++) {
                    double[] p = particles[i + 200];
                    double pulse = 0.6 + 0.4 * Math.sin(s * (2 + 2 * p[3]) + p[4] * 6.28);
                    double w = width * (0.05 + 0.08 * p[2]);
                    double h = height * (0.03 + 0.05 * p[5]);
                    double x = p[0] * width * 0.9;
                    double y = height * (0.2 + 0.35 * p[1]);
                    Color c = tubes[i % tubes.length];
                    g.setColor(withAlpha(c, (float) (0.25 * pulse)));
                    g.fill(new RoundRectangle2D.Double(x - 8, y - 8, w + 16, h + 16, 16, 16));
                    g.setStroke(new BasicStroke(Math.max(2f, height / 240f)));
                    g.setColor(withAlpha(c, (float) pulse));
                    g.draw(new RoundRectangle2D.Double(x, y, w, h, 10, 10));
                }
            }
        }
    }

    private void drawFireworks(Graphics2D g, Dots dots, double s) {
        Color[] colors = {new Color(255, 80, 80), new Color(255, 210, 70), new Color(120, 200, 255),
                new Color(190, 120, 255), new Color(120, 255, 150)};
        double period = 0.6;
        int latest = (int) Math.floor(s / period);
        for (int k = Math.max(0, latest - 2); k <= latest; k++) {
            double age = s - k * period;
            if (age < 0 || age > 2.0) {
                continue;
            }
            double[] p = particles[(k * 7) % particles.length];
            double cx = width * (0.15 + 0.7 * p[0]);
            double cy = height * (0.12 + 0.3 * p[1]);
            Color color = colors[(int) (p[2] * colors.length) % colors.length];
            double radius = height * 0.22 * (1 - Math.exp(-age * 2.2));
            float fade = (float) Math.max(0, 1 - age / 2.0);
            // two shells of sparks with short trails toward the center
            for (int shell = 0; shell < 2; shell++) {
                double r = radius * (shell == 0 ? 1.0 : 0.62);
                Color c = shell == 0 ? color : colors[(int) (p[4] * colors.length) % colors.length];
                int sparks = shell == 0 ? 48 : 30;
                double size = Math.max(2.5, height / (shell == 0 ? 110.0 : 140.0));
                for (int i = 0; i < sparks; i++) {
                    double a = i * Math.PI * 2 / sparks + p[3] + shell * 0.1;
                    double drop = age * age * height * 0.02;
                    double x = cx + Math.cos(a) * r;
                    double y = cy + Math.sin(a) * r + drop;
                    dots.disc(cx + Math.cos(a) * r * 0.85 - size / 2, cy + Math.sin(a) * r * 0.85 + drop - size / 2, size,
                            c.getRGB() & 0xffffff, fade * 0.35);
                    dots.disc(x - size / 2, y - size / 2, size, c.getRGB() & 0xffffff, fade);
                }
            }
            g.setColor(withAlpha(Color.WHITE, fade * 0.6f));
            g.fill(new Ellipse2D.Double(cx - 4, cy - 4, 8, 8));
        }
    }

    private void drawSubject(Graphics2D g, double s) {
        String kind = plan.subjectKind();
        if (kind.isEmpty() || kind.equals("phenomenon") || kind.equals("bodypart")) {
            return;
        }
        Color accent = new Color(plan.palette().accent());
        double base = HORIZON * height + height * 0.12;
        double size = height * 0.16;
        double energy = plan.energy();
        switch (kind) {
            case "vehicle" -> {
                double x = wrap(s * width * (0.08 + 0.25 * energy), width * 1.4) - width * 0.2;
                g.setColor(accent);
                g.fill(new RoundRectangle2D.Double(x, base - size * 0.6, size * 1.8, size * 0.5, 18, 18));
                g.fill(new RoundRectangle2D.Double(x + size * 0.4, base - size * 0.95, size * 0.9, size * 0.45, 18, 18));
                g.setColor(new Color(30, 30, 30));
                g.fill(new Ellipse2D.Double(x + size * 0.2, base - size * 0.25, size * 0.35, size * 0.35));
                g.fill(new Ellipse2D.Double(x + size * 1.25, base - size * 0.25, size * 0.35, size * 0.35));
            }
            case "animal", "person", "creature" -> {
                double hop = Math.abs(Math.sin(s * (2 + 6 * energy))) * size * (0.15 + 0.6 * energy);
                double x = width * 0.5 + Math.sin(s * (0.5 + energy)) * width * (0.05 + 0.2 * energy);
                g.setColor(new Color(0, 0, 0, 60));
                g.fill(new Ellipse2D.Double(x - size * 0.55, base - size * 0.08, size * 1.1, size * 0.18));
                g.setColor(accent);
                double body = kind.equals("person") ? size * 0.5 : size;
                if (kind.equals("person")) {
                    g.fill(new RoundRectangle2D.Double(x - body / 2, base - hop - size * 1.2, body, size * 1.2, body, body));
                    g.fill(new Ellipse2D.Double(x - size * 0.22, base - hop - size * 1.6, size * 0.44, size * 0.44));
                } else {
                    g.fill(new Ellipse2D.Double(x - body / 2, base - hop - size * 0.7, body, size * 0.6));
                    g.fill(new Ellipse2D.Double(x + body * 0.25, base - hop - size * 0.95, size * 0.45, size * 0.42));
                }
            }
            default -> {
                double sway = Math.sin(s * (0.8 + energy)) * Math.toRadians(4);
                AffineTransform keep = g.getTransform();
                g.rotate(sway, width / 2.0, base);
                g.setColor(accent);
                g.fill(new RoundRectangle2D.Double(width / 2.0 - size * 0.6, base - size * 1.3, size * 1.2, size * 1.3,
                        size * 0.4, size * 0.4));
                g.setTransform(keep);
            }
        }
    }

    /** The fallback's own look: rings pulsing out from the center, whatever the prompt. */
    private void drawFallback(Graphics2D g, double s) {
        double cx = width / 2.0;
        double cy = height * 0.42;
        Color accent = new Color(plan.palette().accent());
        g.setStroke(new BasicStroke(Math.max(3f, height / 120f)));
        for (int i = 0; i < 6; i++) {
            double phase = wrap(s * 0.35 + i / 6.0, 1.0);
            double r = height * (0.05 + 0.45 * phase);
            g.setColor(withAlpha(accent, (float) (1 - phase)));
            g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        }
        double r = height * (0.06 + 0.01 * Math.sin(s * 3));
        g.setColor(accent);
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    private void drawOverlays(Graphics2D g, int n) {
        if (title != null) {
            g.drawImage(title, Math.max(12, width / 60), Math.max(10, height / 50), null);
        }
        if (caption != null) {
            g.drawImage(caption, (width - caption.getWidth()) / 2, captionY, null);
        }
        // progress: full on the last frame
        int barHeight = Math.max(4, height / 120);
        int filled = (int) Math.round((double) width * (n + 1) / frames);
        g.setColor(new Color(0, 0, 0, 110));
        g.fillRect(0, height - barHeight, width, barHeight);
        g.setColor(new Color(255, 255, 255, 235));
        g.fillRect(0, height - barHeight, filled, barHeight);
    }

    private BufferedImage captionImage(String text, int boxHeight) {
        int boxWidth = (int) (width * 0.9);
        float points = boxHeight / 3.6f;
        Font font = CaptionFont.sized(points, false);
        String drawable = Captions.drawable(text, font);
        if (drawable.isEmpty()) {
            return null;
        }
        BufferedImage image = new BufferedImage(boxWidth, boxHeight, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0, 0, 0, 140));
            g.fill(new RoundRectangle2D.Double(0, 0, boxWidth, boxHeight, boxHeight / 3.0, boxHeight / 3.0));
            g.setFont(font);
            FontMetrics metrics = g.getFontMetrics();
            int pad = (int) (points * 0.7);
            List<String> lines = Captions.wrap(drawable, metrics, boxWidth - 2 * pad, 2);
            int lineHeight = metrics.getHeight();
            int y = (boxHeight - lineHeight * lines.size()) / 2 + metrics.getAscent();
            g.setColor(Color.WHITE);
            for (String line : lines) {
                g.drawString(line, pad, y);
                y += lineHeight;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private BufferedImage titleImage(String text) {
        float points = Math.max(16f, height / 22f);
        Font font = CaptionFont.sized(points, true);
        String drawable = Captions.drawable(text, font);
        if (drawable.isEmpty()) {
            return null;
        }
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D pg = probe.createGraphics();
        pg.setFont(font);
        FontMetrics metrics = pg.getFontMetrics();
        pg.dispose();
        int maxWidth = (int) (width * 0.7);
        String line = Captions.wrap(drawable, metrics, maxWidth, 1).get(0);
        int pad = (int) (points * 0.5);
        BufferedImage image = new BufferedImage(Math.min(maxWidth, metrics.stringWidth(line)) + 2 * pad,
                metrics.getHeight() + pad, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0, 0, 0, 120));
            g.fill(new RoundRectangle2D.Double(0, 0, image.getWidth(), image.getHeight(), pad, pad));
            g.setFont(font);
            g.setColor(Color.WHITE);
            g.drawString(line, pad, pad / 2 + metrics.getAscent());
        } finally {
            g.dispose();
        }
        return image;
    }

    private static double wrap(double value, double range) {
        double r = value % range;
        return r < 0 ? r + range : r;
    }

    private static int darker(int rgb) {
        return Colors.mix(rgb, Colors.BLACK, 0.35);
    }

    private static Color withAlpha(Color c, float alpha) {
        int a = Math.max(0, Math.min(255, Math.round(alpha * 255)));
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }
}
