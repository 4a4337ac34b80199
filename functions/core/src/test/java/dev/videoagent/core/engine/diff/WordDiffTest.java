package dev.videoagent.core.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.model.DiffStats;
import dev.videoagent.core.model.WordOp;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void theIssueExampleIsOneReplaceAndOneInsert() {
        WordDiff.Result result = WordDiff.diff("a cute puppy running in a park", "a fluffy puppy running happily in a park");

        assertThat(result.ops()).containsExactly(
                new WordOp(WordOp.Kind.REPLACE, 1, List.of("cute"), List.of("fluffy")),
                new WordOp(WordOp.Kind.INSERT, 4, List.of(), List.of("happily")));
        assertThat(result.stats()).isEqualTo(new DiffStats(1, 0, 1, 7, 8, 0.8));
    }

    @Test
    void punctuationIsItsOwnToken() {
        WordDiff.Result result = WordDiff.diff("a snowy setting, soft light", "a snowy setting soft light");

        assertThat(result.ops()).containsExactly(new WordOp(WordOp.Kind.DELETE, 3, List.of(","), List.of()));
        assertThat(result.stats().wordsBefore()).isEqualTo(5);
    }

    @Test
    void identicalTextsHaveNoOpsAndSimilarityOne() {
        WordDiff.Result result = WordDiff.diff("A cute puppy, high detail", "A cute puppy, high detail");
        assertThat(result.ops()).isEmpty();
        assertThat(result.stats().similarity()).isEqualTo(1.0);
    }

    @Test
    void tokenizesHyphensApostrophesAndKorean() {
        assertThat(WordDiff.tokens("Santa's slow-motion 눈 내리는, time-lapse!"))
                .containsExactly("Santa's", "slow-motion", "눈", "내리는", ",", "time-lapse", "!");
    }

    @Test
    void deletingEverythingIsOneDelete() {
        WordDiff.Result result = WordDiff.diff("two words", "");
        assertThat(result.ops()).containsExactly(new WordOp(WordOp.Kind.DELETE, 0, List.of("two", "words"), List.of()));
        assertThat(result.stats().similarity()).isEqualTo(0.0);
    }

    @Test
    void replacingThreeWordsByFiveIsThreeReplacedAndTwoInsertedAndBackThreeReplacedAndTwoDeleted() {
        WordDiff.Result longer = WordDiff.diff("a small red cloth kite flies", "a huge bright yellow paper dragon kite flies");
        WordDiff.Result shorter = WordDiff.diff("a huge bright yellow paper dragon kite flies", "a small red cloth kite flies");

        assertThat(longer.ops()).singleElement().satisfies(op -> assertThat(op.op()).isEqualTo(WordOp.Kind.REPLACE));
        assertThat(longer.stats()).extracting(DiffStats::replaced, DiffStats::inserted, DiffStats::deleted)
                .containsExactly(3, 2, 0);
        assertThat(shorter.stats()).extracting(DiffStats::replaced, DiffStats::inserted, DiffStats::deleted)
                .containsExactly(3, 0, 2);
        assertThat(longer.stats().inserted() - longer.stats().deleted())
                .isEqualTo(longer.stats().wordsAfter() - longer.stats().wordsBefore());
    }
}
