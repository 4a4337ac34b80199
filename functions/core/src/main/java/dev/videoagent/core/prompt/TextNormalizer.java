package dev.videoagent.core.prompt;

import java.text.Normalizer;

/** NFC, emoji and stray symbols dropped, laughter jamo (ㅋㅋ, ㅎㅎ) dropped, whitespace collapsed. */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    public static String clean(String text) {
        String nfc = nfc(text);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            boolean keep = Character.isLetterOrDigit(cp) && !isStandaloneJamo(cp) || ".,!?'-~()&".indexOf(cp) >= 0;
            if (keep) {
                out.appendCodePoint(cp);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        });
        return out.toString().trim();
    }

    private static boolean isStandaloneJamo(int cp) {
        return cp >= 0x3130 && cp <= 0x318F || cp >= 0x1100 && cp <= 0x11FF;
    }
}
