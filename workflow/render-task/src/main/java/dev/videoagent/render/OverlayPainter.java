package dev.videoagent.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * What is drawn over the scene, outside the camera: the title at the top left, the caption at the
 * bottom, and a progress bar under it. The texts are laid out once per video, into images.
 */
final class OverlayPainter implements Painter {

    private final int width;
    private final int height;
    private final int frames;
    private final BufferedImage caption;
    private final int captionY;
    private final BufferedImage title;

    OverlayPainter(String caption, Optional<String> title, int width, int height, int frames) {
        this.width = width;
        this.height = height;
        this.frames = frames;
        int captionHeight = Math.max(48, height / 7);
        this.caption = captionImage(caption, captionHeight);
        this.captionY = height - captionHeight - Math.max(10, height / 60);
        this.title = title.map(this::titleImage).orElse(null);
    }

    @Override
    public void paint(Graphics2D g, FrameCanvas frame) {
        if (title != null) {
            g.drawImage(title, Math.max(12, width / 60), Math.max(10, height / 50), null);
        }
        if (caption != null) {
            g.drawImage(caption, (width - caption.getWidth()) / 2, captionY, null);
        }
        // progress: full on the last frame
        int barHeight = Math.max(4, height / 120);
        int filled = (int) Math.round((double) width * (frame.index() + 1) / frames);
        g.setColor(new Color(0, 0, 0, 110));
        g.fillRect(0, height - barHeight, width, barHeight);
        g.setColor(new Color(255, 255, 255, 235));
        g.fillRect(0, height - barHeight, filled, barHeight);
    }

    /** Up to two lines on a translucent box; null when nothing of the text can be drawn. */
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
            antialias(g);
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

    /** One bold line, its box as wide as the text; null when nothing of the text can be drawn. */
    private BufferedImage titleImage(String text) {
        float points = Math.max(16f, height / 22f);
        Font font = CaptionFont.sized(points, true);
        String drawable = Captions.drawable(text, font);
        if (drawable.isEmpty()) {
            return null;
        }
        // the box is sized by the text, so the metrics are needed before the image exists
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
            antialias(g);
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

    private static void antialias(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }
}
