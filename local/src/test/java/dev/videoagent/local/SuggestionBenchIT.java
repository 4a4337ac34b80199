package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The suggestion benchmark's machinery at a small size; its timings are not asserted here. */
class SuggestionBenchIT {

    @Test
    void seedsEachSizeThroughTheRealStoresAndReportsUncachedAndCachedTimings() {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        Map<String, Object> report = SuggestionBench.run(new int[] {200, 600}, 20,
                new PrintStream(progress, true, StandardCharsets.UTF_8));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stages = (List<Map<String, Object>>) report.get("stages");
        assertThat(stages).extracting(s -> s.get("records")).containsExactly(200, 600);
        assertThat(stages).extracting(s -> s.get("edits")).containsExactly(10, 30);
        assertThat(stages.get(1)).containsKeys("suggestUncached", "suggestCached", "generateUncached", "generateCached");
        assertThat(report).containsKeys("growth", "targets", "pass");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("seeded 600 generations (30 edited)");
    }

    @Test
    void theSameSeedGivesTheSameIdeasInBothLanguages() {
        Random a = new Random(3);
        Random b = new Random(3);
        List<String> ideas = java.util.stream.IntStream.range(0, 50).mapToObj(i -> SuggestionBench.idea(a)).toList();

        assertThat(java.util.stream.IntStream.range(0, 50).mapToObj(i -> SuggestionBench.idea(b)).toList())
                .isEqualTo(ideas);
        assertThat(ideas).anyMatch(i -> i.matches(".*[가-힣].*")).anyMatch(i -> i.startsWith("a "));
    }
}
