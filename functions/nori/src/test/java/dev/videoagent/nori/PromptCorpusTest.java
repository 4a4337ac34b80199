package dev.videoagent.nori;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.engine.prompt.text.Hangul;
import dev.videoagent.core.model.PromptResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test corpus (prompt-corpus.tsv): realistic ideas in Korean, English and both, with the
 * English terms a careful translator could not leave out. Each line is one test.
 */
class PromptCorpusTest {

    record Case(int line, String idea, List<List<String>> required) {
        @Override
        public String toString() {
            return line + ": " + idea;
        }
    }

    private static PromptEngine engine;

    @BeforeAll
    static void createEngine() {
        engine = PromptEngines.createDefault();
    }

    static Stream<Case> corpus() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                PromptCorpusTest.class.getResourceAsStream("/prompt-corpus.tsv")), StandardCharsets.UTF_8))) {
            int line = 0;
            for (String row = reader.readLine(); row != null; row = reader.readLine()) {
                line++;
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] cols = row.split("\t");
                List<List<String>> required = new ArrayList<>();
                for (String term : cols[1].split(";")) {
                    required.add(List.of(term.trim().toLowerCase(Locale.ROOT).split("/")));
                }
                cases.add(new Case(line, cols[0], required));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void promptContainsTheRequiredEnglishTerms(Case c) {
        PromptResult result = engine.generate(c.idea());
        String prompt = result.prompt().toLowerCase(Locale.ROOT);

        for (List<String> alternatives : c.required()) {
            assertThat(alternatives.stream().anyMatch(prompt::contains))
                    .as("'%s' -> '%s' should contain one of %s", c.idea(), result.prompt(), alternatives)
                    .isTrue();
        }
        assertThat(Hangul.containsHangul(result.prompt())).as(result.prompt()).isFalse();
        assertThat(Hangul.containsHangul(result.negativePrompt())).isFalse();
        assertThat(result.prompt().length()).isBetween(1, 512);
        for (String subject : result.slots().get("subject")) {
            assertThat(prompt).as("subject kept").contains(lastWord(subject).toLowerCase(Locale.ROOT));
        }
        for (String action : result.slots().get("action")) {
            assertThat(prompt).as("action kept").contains(action.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void theCorpusIsLargeAndVaried() throws IOException {
        List<Case> cases = corpus().toList();
        long korean = cases.stream().filter(c -> Hangul.containsHangul(c.idea())
                && c.idea().chars().noneMatch(ch -> ch < 128 && Character.isLetter(ch))).count();
        long english = cases.stream().filter(c -> !Hangul.containsHangul(c.idea())).count();
        long mixed = cases.size() - korean - english;
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        assertThat(korean).isGreaterThanOrEqualTo(100);
        assertThat(english).isGreaterThanOrEqualTo(40);
        assertThat(mixed).isGreaterThanOrEqualTo(15);
    }

    private static String lastWord(String phrase) {
        String[] words = phrase.split(" ");
        return words[words.length - 1];
    }
}
