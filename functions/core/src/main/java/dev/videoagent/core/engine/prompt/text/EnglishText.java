package dev.videoagent.core.engine.prompt.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** English tokenization, phrase normalization and the lemma candidates of the word forms people type. */
public final class EnglishText {

    /** English nouns whose plural is not made with -s; the plural forms themselves stay as they are. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("person", "people"),
            Map.entry("child", "children"), Map.entry("man", "men"), Map.entry("woman", "women"),
            Map.entry("mouse", "mice"), Map.entry("goose", "geese"), Map.entry("tooth", "teeth"),
            Map.entry("foot", "feet"), Map.entry("ox", "oxen"), Map.entry("cactus", "cacti"),
            Map.entry("fungus", "fungi"), Map.entry("knife", "knives"), Map.entry("life", "lives"),
            Map.entry("wife", "wives"), Map.entry("thief", "thieves"), Map.entry("scarf", "scarves"),
            Map.entry("sheep", "sheep"), Map.entry("deer", "deer"), Map.entry("fish", "fish"),
            Map.entry("moose", "moose"), Map.entry("bison", "bison"), Map.entry("salmon", "salmon"),
            Map.entry("aircraft", "aircraft"), Map.entry("people", "people"), Map.entry("children", "children"),
            Map.entry("men", "men"), Map.entry("women", "women"), Map.entry("police", "police"),
            Map.entry("cattle", "cattle"), Map.entry("livestock", "livestock"));

    /** A word of the input with its character offsets. */
    public record Word(String lower, String original, int start, int end) {
        public boolean capitalized() {
            return Character.isUpperCase(original.charAt(0));
        }
    }

    private EnglishText() {
    }

    /** The plural of a noun phrase, made on its last word: red fox -> red foxes, person -> people. */
    public static String plural(String text) {
        int space = text.lastIndexOf(' ');
        String last = text.substring(space + 1);
        String head = text.substring(0, space + 1);
        String plural;
        if (IRREGULAR.containsKey(last)) {
            plural = IRREGULAR.get(last);
        } else if (last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us") && !last.endsWith("is")) {
            plural = last; // already plural: the mountains, sand dunes
        } else if (last.endsWith("s") || last.endsWith("x") || last.endsWith("ch") || last.endsWith("sh")) {
            plural = last + "es";
        } else if (last.endsWith("y") && last.length() > 1 && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0) {
            plural = last.substring(0, last.length() - 1) + "ies";
        } else if (last.endsWith("f") && List.of("leaf", "wolf", "calf", "shelf", "loaf", "elf").contains(last)) {
            plural = last.substring(0, last.length() - 1) + "ves";
        } else {
            plural = last + "s";
        }
        return head + plural;
    }

    /** Lowercase, hyphens and underscores as spaces, only letters, digits and apostrophes kept. */
    public static String normalizePhrase(String phrase) {
        if (isNormal(phrase)) {
            return phrase; // most lexicon aliases already are: no copy at start-up
        }
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

    private static boolean isNormal(String phrase) {
        int n = phrase.length();
        if (n == 0 || phrase.charAt(0) == ' ' || phrase.charAt(n - 1) == ' ') {
            return n == 0;
        }
        for (int i = 0; i < n; i++) {
            char c = phrase.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'';
            if (!word && !(c == ' ' && phrase.charAt(i - 1) != ' ')) {
                return false;
            }
        }
        return true;
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

    /**
     * The regular forms of a verb phrase, inflecting its first word: drift -> drifting, drifts, drifted;
     * take a walk -> taking a walk. Doubling and e-dropping follow the usual spelling rules.
     */
    public static List<String> verbForms(String phrase) {
        if (phrase.isEmpty()) {
            return List.of();
        }
        int space = phrase.indexOf(' ');
        String verb = space < 0 ? phrase : phrase.substring(0, space);
        String rest = space < 0 ? "" : phrase.substring(space);
        List<String> forms = new ArrayList<>();
        int n = verb.length();
        if (n < 2) {
            return forms;
        }
        char last = verb.charAt(n - 1);
        boolean cvc = n >= 3 && !isVowel(last) && isVowel(verb.charAt(n - 2)) && !isVowel(verb.charAt(n - 3))
                && "wxy".indexOf(last) < 0 && n <= 4;
        if (verb.endsWith("ie")) {
            forms.add(verb.substring(0, n - 2) + "ying");
        } else if (verb.endsWith("e") && !verb.endsWith("ee")) {
            forms.add(verb.substring(0, n - 1) + "ing");
        } else if (cvc) {
            forms.add(verb + last + "ing");
        } else {
            forms.add(verb + "ing");
        }
        forms.add(verb.endsWith("s") || verb.endsWith("sh") || verb.endsWith("ch") || verb.endsWith("x")
                ? verb + "es" : verb.endsWith("y") && !isVowel(verb.charAt(n - 2)) ? verb.substring(0, n - 1) + "ies"
                : verb + "s");
        return forms.stream().map(f -> f + rest).toList();
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
