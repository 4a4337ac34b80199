package dev.videoagent.render;

import java.awt.Font;
import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Text fitted to the frame: only code points the font can draw (emoji and control characters are
 * dropped, never a crash), wrapped by words (by characters when a word is wider than the line, as in
 * Korean without spaces), at most {@code maxLines}, the last one ellipsized. Work stops once the lines
 * are full, so a 5,000-character prompt costs no more than a short one.
 */
final class Captions {

    private static final String ELLIPSIS = "\u2026";

    private Captions() {
    }

    static String drawable(String text, Font font) {
        StringBuilder out = new StringBuilder();
        boolean space = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else if (font.canDisplay(cp) && Character.getType(cp) != Character.FORMAT) {
                out.appendCodePoint(cp);
                space = false;
            }
            if (out.length() > 4_000) {
                break;
            }
        }
        return out.toString().strip();
    }

    static List<String> wrap(String text, FontMetrics metrics, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        boolean cut = false;
        while (i < text.length()) {
            int end = text.indexOf(' ', i);
            String word = text.substring(i, end < 0 ? text.length() : end);
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                i = end < 0 ? text.length() : end + 1;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == maxLines) {
                    cut = true;
                    break;
                }
                continue;
            }
            // a word wider than a whole line is broken by characters
            int c = 0;
            while (c < word.length()) {
                int cp = word.codePointAt(c);
                if (metrics.stringWidth(line.toString() + Character.toString(cp)) > width && !line.isEmpty()) {
                    break;
                }
                line.appendCodePoint(cp);
                c += Character.charCount(cp);
            }
            if (c < word.length()) {
                lines.add(line.toString());
                line.setLength(0);
                i += c;
                if (lines.size() == maxLines) {
                    cut = true;
                    break;
                }
            } else {
                i = end < 0 ? text.length() : end + 1;
            }
        }
        if (!cut && !line.isEmpty()) {
            if (lines.size() < maxLines) {
                lines.add(line.toString());
            } else {
                cut = true;
            }
        }
        if (cut && !lines.isEmpty()) {
            lines.set(lines.size() - 1, ellipsize(lines.get(lines.size() - 1), metrics, width));
        }
        return lines;
    }

    private static String ellipsize(String line, FontMetrics metrics, int width) {
        String out = line;
        while (!out.isEmpty() && metrics.stringWidth(out + ELLIPSIS) > width) {
            out = out.substring(0, out.offsetByCodePoints(out.length(), -1)).stripTrailing();
        }
        return out + ELLIPSIS;
    }
}
