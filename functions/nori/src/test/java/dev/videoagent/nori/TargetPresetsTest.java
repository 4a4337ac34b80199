package dev.videoagent.nori;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.Target;
import dev.videoagent.core.model.TraceEntry;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each target model gets the shape its public guidance asks for (docs/prompt-engine.md), from the same
 * understanding of the idea: the subjects, actions, negative prompt and structure never change with the
 * target, only how the prompt is written.
 */
class TargetPresetsTest {

    private static final PromptEngine ENGINE = PromptEngines.createDefault();
    private static final Pattern NEGATION = Pattern.compile("\\b(no|not|without|never|nobody|none|nothing|n't)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Typical ideas, Korean and English, some with negations and camera words. */
    private static final List<String> IDEAS = List.of("노란 모자를 쓴 소년이 비 오는 골목을 달린다",
        "a red fox walking through a snowy forest at dawn", "사람이 없는 해변에 파도가 친다",
        "a kitten drinking milk from a bowl", "눈 덮인 산속 오두막, 굴뚝에서 연기가 피어오른다",
        "a beach without people, drone shot", "휴대폰으로 사진을 찍는 관광객", "a tornado over a wheat field",
        "할머니가 부엌에서 김치를 담그는 모습", "a dog that is not barking, slow motion",
        "눈이 오지 않는 겨울 거리를 걷는 연인", "an astronaut floating above the earth");

    static List<String> ideas() {
        return IDEAS;
    }

    private static String head(PromptResult generic) {
        return generic.prompt().split(",")[0].toLowerCase(Locale.ROOT);
    }

    /** The terms of one slot the prompt was written with (from the idea or defaults), as the trace says. */
    private static List<String> written(PromptResult r, String slot) {
        return r.trace().stream().filter(t -> t.slot().equals(slot) && t.source() != TraceEntry.Source.DROPPED)
                .map(TraceEntry::term).toList();
    }

    private static int words(String text) {
        return text.trim().split("\\s+").length;
    }

    @ParameterizedTest
    @MethodSource("ideas")
    void everyTargetKeepsTheSameUnderstandingAndNegativePrompt(String idea) {
        PromptResult generic = ENGINE.generate(idea, Target.GENERIC);
        for (Target target : Target.values()) {
            PromptResult r = ENGINE.generate(idea, target);
            assertThat(r.target()).isEqualTo(target);
            assertThat(r.structure()).as("%s %s", target, idea).isEqualTo(generic.structure());
            assertThat(r.negativePrompt()).as("%s %s", target, idea).isEqualTo(generic.negativePrompt());
            assertThat(r.prompt().length()).as("%s %s", target, idea).isLessThanOrEqualTo(target.maxChars());
            assertThat(r.prompt()).doesNotContain("\n");
            for (String negated : r.structure().negated()) {
                assertThat(r.prompt().toLowerCase(Locale.ROOT)).as("%s %s", target, idea)
                        .doesNotContainPattern("\\b" + Pattern.quote(negated) + "\\b");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("ideas")
    void wanIsOneParagraphOfEightyToOneHundredTwentyWordsLedBySubjectAndAction(String idea) {
        PromptResult generic = ENGINE.generate(idea, Target.GENERIC);
        PromptResult wan = ENGINE.generate(idea, Target.WAN);

        assertThat(words(wan.prompt())).as(wan.prompt()).isBetween(80, 120);
        assertThat(wan.prompt().toLowerCase(Locale.ROOT)).startsWith(head(generic));
        assertThat(wan.prompt()).endsWith(".");
    }

    @ParameterizedTest
    @MethodSource("ideas")
    void ltxIsOneParagraphOfAtMostOneHundredFiftyWordsWithTheMainActionFirst(String idea) {
        PromptResult generic = ENGINE.generate(idea, Target.GENERIC);
        PromptResult ltx = ENGINE.generate(idea, Target.LTX);

        assertThat(words(ltx.prompt())).as(ltx.prompt()).isLessThanOrEqualTo(150);
        assertThat(ltx.prompt().toLowerCase(Locale.ROOT)).startsWith(head(generic) + ".");
    }

    @ParameterizedTest
    @MethodSource("ideas")
    void hunyuanOrdersSubjectShotLightingStyleAndAtmosphere(String idea) {
        PromptResult generic = ENGINE.generate(idea, Target.GENERIC);
        PromptResult hunyuan = ENGINE.generate(idea, Target.HUNYUAN);
        String prompt = hunyuan.prompt().toLowerCase(Locale.ROOT);

        assertThat(prompt).startsWith(head(generic));
        int last = -1;
        for (String slot : List.of("shot", "movement", "lighting", "style", "mood")) {
            List<String> terms = written(hunyuan, slot);
            for (String term : terms) {
                int at = prompt.indexOf(term.toLowerCase(Locale.ROOT));
                assertThat(at).as("%s '%s' in %s", slot, term, prompt).isGreaterThan(last);
                last = at;
            }
        }
    }

    @ParameterizedTest
    @MethodSource("ideas")
    void lumaIsACaptionWithoutNegationWordsLedByTheCamera(String idea) {
        PromptResult luma = ENGINE.generate(idea, Target.LUMA);

        assertThat(luma.prompt().length()).isLessThanOrEqualTo(512);
        assertThat(NEGATION.matcher(luma.prompt()).find()).as(luma.prompt()).isFalse();
        List<String> camera = new java.util.ArrayList<>(written(luma, "movement"));
        camera.addAll(written(luma, "shot"));
        assertThat(camera).as(luma.prompt()).isNotEmpty();
        assertThat(camera).as(luma.prompt()).anyMatch(c -> luma.prompt().toLowerCase(Locale.ROOT)
                .startsWith(c.toLowerCase(Locale.ROOT)));
    }
}
