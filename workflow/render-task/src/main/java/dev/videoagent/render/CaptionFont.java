package dev.videoagent.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled caption font (NanumGothic: Hangul and Latin, SIL OFL 1.1), loaded once. Bundled rather
 * than taken from the system so frames are the same on every machine.
 */
final class CaptionFont {

    private static final Logger LOG = LoggerFactory.getLogger(CaptionFont.class);
    static final String RESOURCE = "/dev/videoagent/render/fonts/NanumGothic.ttf";
    private static final Font BASE = load();

    private CaptionFont() {
    }

    static Font sized(float points, boolean bold) {
        return BASE.deriveFont(bold ? Font.BOLD : Font.PLAIN, points);
    }

    static boolean bundled() {
        return !BASE.getFamily().equals(Font.SANS_SERIF);
    }

    private static Font load() {
        try (InputStream in = CaptionFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is not on the classpath");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            // a packaging mistake must not stop a render: captions fall back to the JDK's logical font
            LOG.warn("render: caption font unavailable, using {}: {}", Font.SANS_SERIF, e.getMessage());
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
    }
}
