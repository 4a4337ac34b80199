package dev.videoagent.core.prompt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** English tokenization, phrase normalization and the lemma candidates of the word forms people type. */
public final class EnglishText {

    /** A word of the input with its character offsets. */
    public record Word(String lower, String original, int start, int end) {
        public boolean capitalized() {
            return Character.isUpperCase(original.charAt(0));
        }
    }

    private EnglishText() {
    }

    /** Lowercase, hyphens and underscores as spaces, only letters, digits and apostrophes kept. */
    public static String normalizePhrase(String phrase) {
        StringBuilder out = new StringBuilder(phrase.length());
        boolean space = true;
        for (int i = 0; i < phrase.length(); i++) {
            char c = Character.toLowerCase(phrase.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'') {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    /** The ASCII words of a text (letters, digits, inner apostrophes), with offsets into the text. */
    public static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (isWordChar(text.charAt(i))
                    || text.charAt(i) == '\'' && i + 1 < text.length() && isWordChar(text.charAt(i + 1)))) {
                i++;
            }
            String original = text.substring(start, i);
            words.add(new Word(original.toLowerCase(Locale.ROOT), original, start, i));
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /**
     * The word itself, then the base forms it may be an inflection of, most likely first:
     * running -> run, drifting -> drift, dancing -> dance, snowy -> snow, puppies -> puppy.
     */
    public static List<String> lemmaCandidates(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        int n = word.length();
        if (word.endsWith("'s")) {
            out.add(word.substring(0, n - 2));
        }
        if (n > 4 && word.endsWith("ies")) {
            out.add(word.substring(0, n - 3) + "y");
        }
        if (n > 3 && word.endsWith("es")) {
            out.add(word.substring(0, n - 2));
        }
        if (n > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            out.add(word.substring(0, n - 1));
        }
        if (n > 4 && word.endsWith("ing")) {
            addStemForms(out, word.substring(0, n - 3));
        }
        if (n > 3 && word.endsWith("ied")) {
            out.add(word.substring(0, n - 3) + "y");
        }
        if (n > 3 && word.endsWith("ed")) {
            addStemForms(out, word.substring(0, n - 2));
        }
        if (n > 4 && word.endsWith("iest")) {
            out.add(word.substring(0, n - 4) + "y");
        }
        if (n > 3 && word.endsWith("ier")) {
            out.add(word.substring(0, n - 3) + "y");
        }
        if (n > 4 && word.endsWith("est")) {
            addStemForms(out, word.substring(0, n - 3));
        }
        if (n > 3 && word.endsWith("er")) {
            addStemForms(out, word.substring(0, n - 2));
        }
        if (n > 4 && word.endsWith("ly")) {
            out.add(word.substring(0, n - 2));
            if (word.endsWith("ily")) {
                out.add(word.substring(0, n - 3) + "y");
            }
        }
        if (n > 3 && word.endsWith("y")) {
            addStemForms(out, word.substring(0, n - 1));
        }
        return List.copyOf(out);
    }

    /** running -> run (undoubled), dancing -> dance (e restored), drifting -> drift. */
    private static void addStemForms(Set<String> out, String stem) {
        if (stem.length() < 2) {
            return;
        }
        out.add(stem);
        char last = stem.charAt(stem.length() - 1);
        if (stem.length() >= 3 && last == stem.charAt(stem.length() - 2) && !isVowel(last)) {
            out.add(stem.substring(0, stem.length() - 1));
        }
        out.add(stem + "e");
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
