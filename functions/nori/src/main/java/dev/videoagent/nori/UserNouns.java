package dev.videoagent.nori;

import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Which lexicon nouns go into Nori's user dictionary: only the ones Nori does not read as one noun by
 * itself (눈사람, 고속도로, 스노보더). A user entry outranks every other reading of its letters, so a noun Nori
 * already knows (아가, 거리, 오지) would only break words that contain it (날아가는, 출렁거리는, 오지 않는).
 * Computed at build time for the bundled lexicon ({@code user-nouns.txt} next to this class).
 */
public final class UserNouns {

    static final String RESOURCE = "user-nouns.txt";

    private UserNouns() {
    }

    /** Build step: writes the user nouns of the bundled lexicon to the given file. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        Files.write(out, select(Lexicon.loadDefault().koreanNouns()), StandardCharsets.UTF_8);
    }

    /** The precomputed list for the bundled lexicon, if this build has it. */
    static Optional<List<String>> bundled() {
        InputStream in = UserNouns.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            return Optional.empty();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return Optional.of(reader.lines().filter(l -> !l.isBlank()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * The nouns Nori does not read as one noun. Entries change how neighbouring words are read (with 포메 as an
     * entry, 포메라니안 splits), so the choice is repeated with the entries chosen so far until it is stable.
     */
    static List<String> select(Collection<String> nouns) {
        java.util.Set<String> selected = new java.util.TreeSet<>();
        for (int round = 0; round < 4; round++) {
            int before = selected.size();
            UserDictionary dictionary = dictionary(selected);
            try (KoreanTokenizer tokenizer = new KoreanTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY,
                    dictionary, KoreanTokenizer.DecompoundMode.MIXED, false, true)) {
                CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
                PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
                for (String noun : nouns) {
                    if (!noun.isBlank() && noun.indexOf(' ') < 0 && !selected.contains(noun)
                            && !(readAsOneNoun(tokenizer, term, pos, noun, noun)
                            && readAsOneNoun(tokenizer, term, pos, noun + "로", noun)
                            && readAsOneNoun(tokenizer, term, pos, noun + "이", noun))) {
                        selected.add(noun);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (selected.size() == before) {
                break;
            }
        }
        return List.copyOf(selected);
    }

    private static UserDictionary dictionary(Collection<String> entries) {
        if (entries.isEmpty()) {
            return null;
        }
        try {
            return UserDictionary.open(new StringReader(String.join("\n", entries)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the text (the noun, maybe with a particle: 블랙홀로 must not become 블랙 + 홀로) starts with the noun
     * read whole, or as two nouns that make it up exactly (우주 + 정거장): the engine joins those again by
     * itself, so they need no entry (each entry costs start-up time, Nori parses every line with regexes).
     */
    private static boolean readAsOneNoun(KoreanTokenizer tokenizer, CharTermAttribute term, PartOfSpeechAttribute pos,
                                         String text, String noun) throws IOException {
        tokenizer.setReader(new StringReader(text));
        tokenizer.reset();
        List<String> forms = new ArrayList<>();
        List<Boolean> nouns = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        int spanEnd = -1;
        while (tokenizer.incrementToken()) {
            if (offset.endOffset() <= spanEnd) {
                continue; // a compound's parts follow it
            }
            spanEnd = offset.endOffset();
            POS.Tag tag = pos.getLeftPOS();
            forms.add(term.toString());
            tags.add(tag == null ? "" : tag.name());
            nouns.add(tag != null && (tag.name().equals("NNG") || tag.name().equals("NNP")));
        }
        tokenizer.end();
        tokenizer.close();
        if (!forms.isEmpty() && forms.get(0).equals(noun) && tags.get(0).startsWith("NN")) {
            return true;
        }
        return forms.size() >= 2 && (forms.get(0) + forms.get(1)).equals(noun) && nouns.get(0) && nouns.get(1);
    }
}
