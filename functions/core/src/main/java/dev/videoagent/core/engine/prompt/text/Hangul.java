package dev.videoagent.core.engine.prompt.text;

/** Hangul code point helpers. */
public final class Hangul {

    private static final int SYLLABLE_FIRST = 0xAC00;
    private static final int SYLLABLE_LAST = 0xD7A3;

    private Hangul() {
    }

    public static boolean isSyllable(int codePoint) {
        return codePoint >= SYLLABLE_FIRST && codePoint <= SYLLABLE_LAST;
    }

    /** Any Hangul letter: syllables and all jamo blocks. */
    public static boolean isHangul(int codePoint) {
        return isSyllable(codePoint)
                || codePoint >= 0x1100 && codePoint <= 0x11FF
                || codePoint >= 0x3130 && codePoint <= 0x318F
                || codePoint >= 0xA960 && codePoint <= 0xA97F
                || codePoint >= 0xD7B0 && codePoint <= 0xD7FF;
    }

    public static boolean containsHangul(CharSequence text) {
        return text.codePoints().anyMatch(Hangul::isHangul);
    }

    /** Initial, medial and final jamo indexes (final 0 = none) of a syllable. */
    static int[] decompose(int syllable) {
        int index = syllable - SYLLABLE_FIRST;
        return new int[] {index / (21 * 28), (index % (21 * 28)) / 28, index % 28};
    }
}
