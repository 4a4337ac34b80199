package dev.videoagent.core.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.history.GenerationRecord;
import dev.videoagent.core.history.HistoryRepository;
import dev.videoagent.core.history.InMemoryHistoryRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GeneratePromptTest {

    private static final Lexicon LEXICON = Lexicon.of(List.of(
            "animal.puppy\tsubject\tpuppy\t강아지\tpuppy\tanimals\tkind=animal",
            "action.run\taction\trunning\t달리다\trun\t-\tenergy=high"));
    private static final PromptEngine ENGINE = new PromptEngine(LEXICON, text -> List.of(), SenseRules.loadDefault(),
            CategoryDefaults.loadDefault());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    private final InMemoryHistoryRepository history = new InMemoryHistoryRepository();

    private static PromptRewriter answering(String text) {
        return new PromptRewriter() {
            @Override
            public String rewrite(String idea, String prompt) {
                return text;
            }

            @Override
            public String model() {
                return "stub-model";
            }
        };
    }

    private GeneratedPrompt generate(Optional<PromptRewriter> rewriter, boolean rewrite) {
        return new GeneratePrompt(ENGINE, history, rewriter, CLOCK, () -> "01jabcdefghjkmnpqrstvwxyz0")
                .handle(new GeneratePromptCommand("a puppy running", rewrite));
    }

    @Test
    void storesTheGenerationWithItsIdAndTime() {
        GeneratedPrompt generated = generate(Optional.empty(), false);

        assertThat(generated.stored()).isTrue();
        assertThat(generated.cached()).isFalse();
        assertThat(generated.rewrite()).isEqualTo(RewriteOutcome.OFF);
        GenerationRecord record = history.findGeneration("01jabcdefghjkmnpqrstvwxyz0").orElseThrow();
        assertThat(record.result()).isEqualTo(generated.result());
        assertThat(record.createdAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void aGoodRewriteReplacesThePrompt() {
        GeneratedPrompt generated = generate(Optional.of(answering("A joyful puppy runs through tall grass")), true);

        assertThat(generated.result().prompt()).isEqualTo("A joyful puppy runs through tall grass");
        assertThat(generated.rewrite()).isEqualTo(RewriteOutcome.used("stub-model"));
    }

    @Test
    void aRewriteThatLosesTheSubjectIsRejectedAndTheRulePromptKept() {
        GeneratedPrompt rules = generate(Optional.empty(), false);
        GeneratedPrompt generated = new GeneratePrompt(ENGINE, new InMemoryHistoryRepository(),
                Optional.of(answering("A kitten runs")), CLOCK, () -> "01jabcdefghjkmnpqrstvwxyz1")
                .handle(new GeneratePromptCommand("a puppy running", true));

        assertThat(generated.result().prompt()).isEqualTo(rules.result().prompt());
        assertThat(generated.rewrite().status()).isEqualTo("rejected");
        assertThat(generated.rewrite().reason()).isEqualTo("rewrite dropped the subject 'puppy'");
    }

    @Test
    void aFailingModelOrNoModelFallsBackToTheRulePrompt() {
        PromptRewriter failing = new PromptRewriter() {
            @Override
            public String rewrite(String idea, String prompt) {
                throw new IllegalStateException("throttled");
            }

            @Override
            public String model() {
                return "stub-model";
            }
        };
        assertThat(generate(Optional.of(failing), true).rewrite().reason()).isEqualTo("the model did not answer");
        assertThat(new GeneratePrompt(ENGINE, new InMemoryHistoryRepository(), Optional.empty(), CLOCK,
                () -> "01jabcdefghjkmnpqrstvwxyz2").handle(new GeneratePromptCommand("a puppy", true)).rewrite().reason())
                .isEqualTo("no rewrite model is configured");
    }

    @Test
    void aNearIdenticalPastRequestReturnsItsEditedPrompt() {
        GeneratedPrompt first = generate(Optional.empty(), false);
        String edited = first.result().prompt().replace("A puppy", "A fluffy puppy");
        history.appendEdit(new dev.videoagent.core.history.EditRecord("01jedit000000000000000001", first.id(), 0,
                first.result().prompt(), edited, List.of(), new dev.videoagent.core.diff.WordDiff.Stats(1, 0, 0, 3, 4, 0.9),
                List.of(), CLOCK.instant()));

        GeneratedPrompt again = new GeneratePrompt(ENGINE, history, Optional.empty(), CLOCK,
                () -> "01jabcdefghjkmnpqrstvwxyz9").handle(new GeneratePromptCommand("a puppy running", false));

        assertThat(again.fromHistory()).contains(first.id());
        assertThat(again.result().prompt()).isEqualTo(edited);
        assertThat(again.stored()).isTrue();
    }

    @Test
    void historyDownStillAnswers() {
        HistoryRepository down = (HistoryRepository) java.lang.reflect.Proxy.newProxyInstance(
                HistoryRepository.class.getClassLoader(), new Class<?>[] {HistoryRepository.class}, (proxy, method, args) -> {
                    throw new DependencyUnavailableException("mongo", new RuntimeException("down"));
                });
        GeneratedPrompt generated = new GeneratePrompt(ENGINE, down, Optional.empty(), CLOCK, () -> "id")
                .handle(new GeneratePromptCommand("a puppy running", false));

        assertThat(generated.stored()).isFalse();
        assertThat(generated.result().prompt()).startsWith("A puppy running");
    }
}
