package dev.videoagent.nori;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.engine.prompt.text.Hangul;
import dev.videoagent.core.model.PromptResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Any text gives a valid, Hangul-free, bounded result, the same from two independent engines. */
class PromptEnginePropertiesTest {

    private static final PromptEngine FIRST = PromptEngines.createDefault();
    private static final PromptEngine SECOND = PromptEngines.createDefault();

    @Property(tries = 400)
    void anyUnicodeTextGivesAValidResult(@ForAll @StringLength(max = 500) String idea) {
        assertValid(FIRST.generate(idea));
    }

    @Property(tries = 400)
    void koreanEnglishAndSymbolMixesGiveAValidResult(@ForAll("ideas") String idea) {
        assertValid(FIRST.generate(idea));
    }

    @Property(tries = 300)
    void twoFreshEnginesGiveIdenticalResults(@ForAll("ideas") String idea) {
        assertThat(SECOND.generate(idea)).isEqualTo(FIRST.generate(idea));
    }

    @Provide
    Arbitrary<String> ideas() {
        Arbitrary<String> words = Arbitraries.of("귀여운", "강아지가", "뛰노는", "밝은", "영상", "눈", "내리는", "산타마을",
                "배를", "타고", "제주도", "해안", "드론", "촬영", "a", "red", "sports", "car", "drifting", "night",
                "slow", "motion", "cat이", "낮잠", "자는", "🐶", "!!!", "ㅋㅋ", "\u0000", "\t", "해운대", "Paris",
                "time-lapse", "불꽃놀이", "123", "é", "<img src=x>", "{\"$gt\":\"\"}");
        return words.list().ofMinSize(0).ofMaxSize(40).map(list -> String.join(" ", list));
    }

    private static void assertValid(PromptResult result) {
        assertThat(result.prompt()).isNotBlank();
        assertThat(result.prompt().length()).isLessThanOrEqualTo(512);
        assertThat(Hangul.containsHangul(result.prompt())).isFalse();
        assertThat(Hangul.containsHangul(result.negativePrompt())).isFalse();
        assertThat(result.language().wire()).isIn("ko", "en", "mixed", "unknown");
        assertThat(result.confidence()).isBetween(0.0, 1.0);
        result.trace().forEach(entry -> assertThat(Hangul.containsHangul(entry.term())).isFalse());
    }
}
