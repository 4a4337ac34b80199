package dev.videoagent.core.engine.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.engine.prompt.analysis.KoreanMorphology;
import dev.videoagent.core.engine.prompt.analysis.Morpheme;
import dev.videoagent.core.engine.prompt.analysis.MorphemeTag;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.Unrecognized;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Words the engine does not know: a common noun is never romanized into the prompt; it is reported in
 * {@code unrecognized} with its offsets, and coverage says how much was understood. Only a word the
 * analyzer tags as a proper noun, or one ending in a place suffix, becomes a romanized name.
 */
class UnknownWordsTest {

    private static final Lexicon LEXICON = Lexicon.loadDefault();

    /** The analysis Nori would give "<word>가 달리는", with the word tagged as {@code tag}. */
    private static KoreanMorphology tagging(String word, MorphemeTag tag) {
        return text -> {
            int n = word.length();
            return List.of(Morpheme.of(word, tag, 0, n), Morpheme.of("가", MorphemeTag.PARTICLE, n, n + 1),
                    Morpheme.of("달리", MorphemeTag.VERB, n + 2, n + 4), Morpheme.of("는", MorphemeTag.ENDING, n + 4, n + 5));
        };
    }

    private static PromptResult generate(String word, MorphemeTag tag) {
        PromptEngine engine = new PromptEngine(PromptEngine.Knowledge.load(LEXICON), tagging(word, tag));
        return engine.generate(word + "가 달리는");
    }

    @Property(tries = 300)
    void anUnknownCommonNounIsReportedAndNeverRomanized(@ForAll("unknownNouns") String word) {
        Assume.that(LEXICON.korean(word).isEmpty() && LEXICON.korean(word.substring(0, word.length() - 1)).isEmpty());
        PromptResult result = generate(word, MorphemeTag.NOUN);

        assertThat(result.trace()).noneMatch(t -> t.conceptId() != null && t.conceptId().startsWith("name."));
        assertThat(result.unrecognized()).extracting(Unrecognized::text).contains(word);
        Unrecognized u = result.unrecognized().stream().filter(x -> x.text().equals(word)).findFirst().orElseThrow();
        assertThat(result.concept().substring(u.start(), u.end())).isEqualTo(word);
        assertThat(result.coverage()).isLessThan(1.0);
        assertThat(result.prompt()).containsIgnoringCase("running");
    }

    @Provide
    Arbitrary<String> unknownNouns() {
        // syllables from 갸 to 햐 that rarely make words, none ending in a place suffix
        Arbitrary<Character> syllable = Arbitraries.chars().range('\uAC00', '\uD7A3')
                .filter(c -> "시도군구읍면리동산강섬역항포대봉사궁천호로길문성령".indexOf(c) < 0);
        return syllable.list().ofMinSize(2).ofMaxSize(4).map(cs -> {
            StringBuilder word = new StringBuilder();
            cs.forEach(word::append);
            return word.toString();
        });
    }

    @Test
    void aProperNounIsRomanizedAsAName() {
        PromptResult result = generate("해운대", MorphemeTag.PROPER_NOUN);

        assertThat(result.prompt()).contains("Haeundae");
        assertThat(result.unrecognized()).isEmpty();
    }
}
