package dev.videoagent.core.engine.prompt.text;

/**
 * Revised Romanization of Korean (2000), for names the lexicon does not know: 해운대 -> Haeundae,
 * 광안리 -> Gwangalli, 종로 -> Jongno. Applies the sound changes the standard writes at syllable
 * junctions (liaison, nasalization, liquidization, aspiration with ㅎ); no hyphens.
 */
public final class Romanizer {

    private static final String[] INITIAL = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j",
            "jj", "ch", "k", "t", "p", "h"};
    private static final String[] MEDIAL = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
            "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    /** Final consonant index -> its sound before a consonant or at the end of a word. */
    private static final String[] FINAL = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
            "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};
    /** Final index -> the initial it becomes before ㅇ (liaison); -1: stays (ㅇ); 11: silent (ㅎ). */
    private static final int[] MOVES_TO = {-1, 0, 1, 9, 2, 12, 2, 3, 5, 0, 6, 7, 9, 16, 17, 5, 6, 7, 9, 9, 10, -1,
            12, 14, 15, 16, 17, 11};
    /** For double finals: the part that stays when the other moves on (final index). */
    private static final int[] STAYS = {0, 0, 0, 1, 0, 4, 0, 0, 0, 8, 8, 8, 8, 8, 8, 0, 0, 0, 17, 0, 0, 0, 0, 0,
            0, 0, 0, 0};
    private static final int IEUNG = 11;
    private static final int HIEUT = 18;
    private static final int RIEUL = 5;
    private static final int NIEUN = 2;
    private static final int MIEUM = 6;

    private Romanizer() {
    }

    /** Romanizes Hangul syllables; other letters and digits pass through, everything else separates words. */
    public static String romanize(String text) {
        StringBuilder out = new StringBuilder();
        int[] cps = text.codePoints().toArray();
        String pendingInitial = null;
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (!Hangul.isSyllable(cp)) {
                pendingInitial = null;
                if (Character.isLetterOrDigit(cp) && !Hangul.isHangul(cp)) {
                    out.appendCodePoint(cp);
                } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                continue;
            }
            int[] jamo = Hangul.decompose(cp);
            out.append(pendingInitial != null ? pendingInitial : INITIAL[jamo[0]]);
            out.append(MEDIAL[jamo[1]]);
            boolean nextIsSyllable = i + 1 < cps.length && Hangul.isSyllable(cps[i + 1]);
            if (nextIsSyllable) {
                int[] next = Hangul.decompose(cps[i + 1]);
                String[] junction = palatalized(jamo[2], next) ? new String[] {"", jamo[2] == 7 ? "j" : "ch"}
                        : junction(jamo[2], next[0]);
                out.append(junction[0]);
                pendingInitial = junction[1];
            } else {
                out.append(FINAL[jamo[2]]);
                pendingInitial = null;
            }
        }
        return capitalizeWords(out.toString().trim());
    }

    /** ㄷ/ㅌ before 이 are pronounced ㅈ/ㅊ (같이 -> gachi), which the standard writes. */
    private static boolean palatalized(int fin, int[] next) {
        return (fin == 7 || fin == 25) && next[0] == IEUNG && next[1] == 20;
    }

    /** The romanized final of one syllable and initial of the next, as pronounced together. */
    static String[] junction(int fin, int initial) {
        String sound = FINAL[fin];
        if (fin == 0) {
            return new String[] {"", INITIAL[initial]};
        }
        if (initial == IEUNG) {
            int moved = MOVES_TO[fin];
            if (moved < 0) {
                return new String[] {sound, ""};
            }
            return new String[] {STAYS[fin] == 0 ? "" : FINAL[STAYS[fin]], INITIAL[moved]};
        }
        if (initial == HIEUT) {
            return switch (sound) {
                case "k" -> new String[] {"", "k"};
                case "t" -> new String[] {"", "t"};
                case "p" -> new String[] {"", "p"};
                default -> new String[] {sound, "h"};
            };
        }
        if (initial == RIEUL) {
            return sound.equals("n") || sound.equals("l")
                    ? new String[] {"l", "l"} : new String[] {nasal(sound), "n"};
        }
        if (initial == NIEUN) {
            return sound.equals("l") ? new String[] {"l", "l"} : new String[] {nasal(sound), "n"};
        }
        if (initial == MIEUM) {
            return new String[] {nasal(sound), "m"};
        }
        return new String[] {sound, INITIAL[initial]};
    }

    private static String nasal(String sound) {
        return switch (sound) {
            case "k" -> "ng";
            case "t" -> "n";
            case "p" -> "m";
            default -> sound;
        };
    }

    private static String capitalizeWords(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (char c : text.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return out.toString();
    }
}
