package dev.videoagent.nori;

import dev.videoagent.core.engine.prompt.analysis.KoreanMorphology;
import dev.videoagent.core.engine.prompt.analysis.Morpheme;
import dev.videoagent.core.engine.prompt.analysis.MorphemeTag;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.Dictionary;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Korean analysis with Lucene Nori (mecab-ko-dic) in MIXED decompounding mode: a compound is
 * reported whole with its parts, inflected words as stem + ending. The lexicon's compound nouns
 * form a user dictionary so domain words such as 산타마을 stay whole. Thread-safe: one tokenizer
 * per thread, reused.
 */
public final class NoriKoreanMorphology implements KoreanMorphology {

    private final UserDictionary userDictionary;
    private final ThreadLocal<Analysis> analyses = ThreadLocal.withInitial(Analysis::new);

    /** Nori with these nouns as its user dictionary, taken as they are (see {@link UserNouns}). */
    public NoriKoreanMorphology(Collection<String> userNouns) {
        StringBuilder entries = new StringBuilder();
        for (String noun : userNouns) {
            if (!noun.isBlank() && noun.indexOf(' ') < 0) {
                entries.append(noun).append('\n');
            }
        }
        try {
            this.userDictionary = entries.length() == 0 ? null : UserDictionary.open(new StringReader(entries.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the Nori user dictionary", e);
        }
    }

    /** Nori for a lexicon: its nouns that Nori does not read whole by itself (precomputed for the bundled one). */
    public static NoriKoreanMorphology forLexicon(Collection<String> lexiconNouns, boolean bundledLexicon) {
        return bundledLexicon ? forBundledLexicon(() -> lexiconNouns)
                : new NoriKoreanMorphology(UserNouns.select(lexiconNouns));
    }

    /** Nori for the bundled lexicon: the nouns chosen at build time, or chosen now when the build had none. */
    public static NoriKoreanMorphology forBundledLexicon(Supplier<Collection<String>> lexiconNouns) {
        return new NoriKoreanMorphology(UserNouns.bundled().orElseGet(() -> UserNouns.select(lexiconNouns.get())));
    }

    @Override
    public List<Morpheme> analyze(String text) {
        return analyses.get().run(text);
    }

    /** One tokenizer and its attributes, owned by one thread. */
    private final class Analysis {
        private final KoreanTokenizer tokenizer = new KoreanTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY,
                userDictionary, KoreanTokenizer.DecompoundMode.MIXED, false, true);
        private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        private final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);

        List<Morpheme> run(String text) {
            List<Morpheme> out = new ArrayList<>();
            try {
                tokenizer.setReader(new StringReader(text));
                tokenizer.reset();
                int groupEnd = -1;
                int groupStart = -1;
                List<Morpheme> parts = null;
                Morpheme compound = null;
                while (tokenizer.incrementToken()) {
                    int start = offset.startOffset();
                    int end = offset.endOffset();
                    // tokens inside the span of the previous compound or inflection are its parts
                    if (start >= groupStart && end <= groupEnd) {
                        if (parts != null) {
                            parts.add(Morpheme.of(term.toString(), tag(pos.getLeftPOS()), start, end));
                        }
                        continue;
                    }
                    if (compound != null) {
                        out.add(new Morpheme(compound.form(), compound.tag(), compound.start(), compound.end(), parts));
                        compound = null;
                        parts = null;
                    }
                    POS.Type type = pos.getPOSType();
                    if (type == POS.Type.COMPOUND) {
                        compound = Morpheme.of(term.toString(), tag(pos.getLeftPOS()), start, end);
                        parts = new ArrayList<>();
                        groupStart = start;
                        groupEnd = end;
                    } else if ((type == POS.Type.INFLECT || type == POS.Type.PREANALYSIS) && pos.getMorphemes() != null) {
                        for (Dictionary.Morpheme m : pos.getMorphemes()) {
                            out.add(Morpheme.of(m.surfaceForm, tag(m.posTag), start, end));
                        }
                        groupStart = start;
                        groupEnd = end;
                    } else {
                        out.add(Morpheme.of(term.toString(), tag(pos.getLeftPOS()), start, end));
                        groupStart = -1;
                        groupEnd = -1;
                    }
                }
                if (compound != null) {
                    out.add(new Morpheme(compound.form(), compound.tag(), compound.start(), compound.end(), parts));
                }
                tokenizer.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    tokenizer.close();
                } catch (IOException e) {
                    // the reader is a StringReader: closing cannot fail
                }
            }
            return out;
        }
    }

    static MorphemeTag tag(POS.Tag tag) {
        if (tag == null) {
            return MorphemeTag.UNKNOWN;
        }
        return switch (tag.name()) {
            case "NNG", "XR" -> MorphemeTag.NOUN;
            case "NNP" -> MorphemeTag.PROPER_NOUN;
            case "NNB", "NNBC" -> MorphemeTag.BOUND_NOUN;
            case "NP" -> MorphemeTag.PRONOUN;
            case "NR" -> MorphemeTag.NUMERAL;
            case "VV" -> MorphemeTag.VERB;
            case "VA" -> MorphemeTag.ADJECTIVE;
            case "VX" -> MorphemeTag.AUXILIARY;
            case "VCP", "VCN" -> MorphemeTag.COPULA;
            case "MM" -> MorphemeTag.DETERMINER;
            case "MAG", "MAJ" -> MorphemeTag.ADVERB;
            case "IC" -> MorphemeTag.INTERJECTION;
            case "J" -> MorphemeTag.PARTICLE;
            case "E" -> MorphemeTag.ENDING;
            case "XPN" -> MorphemeTag.PREFIX;
            case "XSN" -> MorphemeTag.NOUN_SUFFIX;
            case "XSV" -> MorphemeTag.VERB_SUFFIX;
            case "XSA" -> MorphemeTag.ADJECTIVE_SUFFIX;
            case "SL" -> MorphemeTag.FOREIGN;
            case "SH" -> MorphemeTag.CHINESE;
            case "SN" -> MorphemeTag.NUMBER;
            case "SF", "SE", "SSO", "SSC", "SC", "SY", "SP" -> MorphemeTag.SYMBOL;
            default -> MorphemeTag.UNKNOWN;
        };
    }
}
