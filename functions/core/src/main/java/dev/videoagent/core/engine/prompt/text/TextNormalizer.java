package dev.videoagent.core.engine.prompt.text;

import java.text.Normalizer;

/**
 * NFC, and a cleaned copy for analysis in which emoji, stray symbols and laughter jamo (ㅋㅋ, ㅎㅎ) are
 * blanked out. The cleaned copy keeps every offset of the original (each dropped character becomes as
 * many spaces as it had UTF-16 units), so what the analyzers report points into the person's text.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The text (already NFC) with everything but letters, digits and a few marks replaced by spaces. */
    public static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean keep = Character.isLetterOrDigit(cp) && !isStandaloneJamo(cp) || ".,!?'-~()&:".indexOf(cp) >= 0;
            if (keep) {
                out.appendCodePoint(cp);
            } else {
                out.append(Character.charCount(cp) == 2 ? "  " : " ");
            }
        });
        return out.toString();
    }

    private static boolean isStandaloneJamo(int cp) {
        return cp >= 0x3130 && cp <= 0x318F || cp >= 0x1100 && cp <= 0x11FF;
    }
}
