package dev.videoagent.core.usecase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.model.GeneratedPrompt;
import dev.videoagent.core.model.GenerationRecord;
import dev.videoagent.core.model.ReusedPrompt;
import dev.videoagent.core.model.RewriteOutcome;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.port.HistoryRepository;
import dev.videoagent.core.port.InMemoryHistoryRepository;
import dev.videoagent.core.port.InMemoryPromptCache;
import dev.videoagent.core.port.PromptRewriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GeneratePromptTest {

    private static final Lexicon LEXICON = Lexicon.of(List.of(
            "animal.puppy\tsubject\tpuppy\t강아지\tpuppy\tanimals\tkind=animal",
            "action.run\taction\trunning\t달리다\trun\t-\tenergy=high",
            "action.play\taction\tplaying\t놀다\tplay\t-\tenergy=mid",
            "action.sleep\taction\tsleeping\t자다\tsleep\t-\tenergy=low"));
    private static final PromptEngine ENGINE = new PromptEngine(PromptEngine.Knowledge.load(LEXICON), text -> List.of());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    private final InMemoryHistoryRepository history = new InMemoryHistoryRepository();
    private final InMemoryPromptCache cache = new InMemoryPromptCache(CLOCK);

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
        return new GeneratePrompt(ENGINE, history, cache, rewriter, CLOCK, () -> "01jabcdefghjkmnpqrstvwxyz0")
                .handle(UserId.LOCAL, new GeneratePromptCommand("a puppy running", rewrite));
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
        GeneratedPrompt generated = new GeneratePrompt(ENGINE, new InMemoryHistoryRepository(), new InMemoryPromptCache(CLOCK),
                Optional.of(answering("A kitten runs")), CLOCK, () -> "01jabcdefghjkmnpqrstvwxyz1")
                .handle(UserId.LOCAL, new GeneratePromptCommand("a puppy running", true));

        assertThat(generated.result().prompt()).isEqualTo(rules.result().prompt());
        assertThat(generated.rewrite().status()).isEqualTo(RewriteOutcome.Status.REJECTED);
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
        assertThat(new GeneratePrompt(ENGINE, new InMemoryHistoryRepository(), new InMemoryPromptCache(CLOCK), Optional.empty(), CLOCK,
                () -> "01jabcdefghjkmnpqrstvwxyz2").handle(UserId.LOCAL, new GeneratePromptCommand("a puppy", true)).rewrite().reason())
                .isEqualTo("no rewrite model is configured");
    }

    @Test
    void aNearIdenticalPastRequestReturnsItsEditedPrompt() {
        GeneratedPrompt first = generate(Optional.empty(), false);
        String edited = first.result().prompt().replace("A puppy", "A fluffy puppy");
        new RecordEdit(ENGINE, history, cache, CLOCK, () -> "01jedit000000000000000001")
                .handle(UserId.LOCAL, new RecordEditCommand(Optional.of(first.id()), Optional.of(0), first.result().prompt(), edited));

        GeneratedPrompt again = new GeneratePrompt(ENGINE, history, cache, Optional.empty(), CLOCK,
                () -> "01jabcdefghjkmnpqrstvwxyz9").handle(UserId.LOCAL, new GeneratePromptCommand("a puppy running", false));

        assertThat(again.fromHistory()).contains(new ReusedPrompt(Optional.of(first.id()), 1));
        assertThat(again.result().prompt()).isEqualTo(edited);
        assertThat(again.stored()).isTrue();
    }

    @Test
    void anotherPersonsEditedPromptIsNeitherReusedNorServedFromTheirCache() {
        GeneratedPrompt first = generate(Optional.empty(), false);
        String edited = first.result().prompt().replace("A puppy", "A fluffy puppy");
        new RecordEdit(ENGINE, history, cache, CLOCK, () -> "01jedit000000000000000001")
                .handle(UserId.LOCAL, new RecordEditCommand(Optional.of(first.id()), Optional.of(0), first.result().prompt(), edited));
        java.util.Iterator<String> ids = List.of("01jabcdefghjkmnpqrstvwxyz7", "01jabcdefghjkmnpqrstvwxyz8").iterator();
        GeneratePrompt generate = new GeneratePrompt(ENGINE, history, cache, Optional.empty(), CLOCK, ids::next);
        GeneratedPrompt own = generate.handle(UserId.LOCAL, new GeneratePromptCommand("a puppy running", false));

        GeneratedPrompt bens = generate.handle(new UserId("ben"), new GeneratePromptCommand("a puppy running", false));

        assertThat(own.result().prompt()).isEqualTo(edited);
        assertThat(bens.fromHistory()).isEmpty();
        assertThat(bens.cached()).isFalse();
        assertThat(bens.result().prompt()).doesNotContain("fluffy");
        assertThat(history.findGeneration("01jabcdefghjkmnpqrstvwxyz8").orElseThrow().owner()).isEqualTo(new UserId("ben"));
    }

    @Test
    void historyDownStillAnswers() {
        HistoryRepository down = (HistoryRepository) java.lang.reflect.Proxy.newProxyInstance(
                HistoryRepository.class.getClassLoader(), new Class<?>[] {HistoryRepository.class}, (proxy, method, args) -> {
                    throw new DependencyUnavailableException("mongo", new RuntimeException("down"));
                });
        GeneratedPrompt generated = new GeneratePrompt(ENGINE, down, new InMemoryPromptCache(CLOCK), Optional.empty(), CLOCK, () -> "id")
                .handle(UserId.LOCAL, new GeneratePromptCommand("a puppy running", false));

        assertThat(generated.stored()).isFalse();
        assertThat(generated.result().prompt()).startsWith("A puppy running");
    }

    @Test
    void aSecondIdenticalRequestIsServedFromTheCacheAndStillStored() {
        GeneratedPrompt first = generate(Optional.empty(), false);
        GeneratedPrompt second = new GeneratePrompt(ENGINE, history, cache, Optional.empty(), CLOCK,
                () -> "01jabcdefghjkmnpqrstvwxyz5").handle(UserId.LOCAL, new GeneratePromptCommand("a puppy running", false));

        assertThat(first.cached()).isFalse();
        assertThat(second.cached()).isTrue();
        assertThat(second.id()).isEqualTo("01jabcdefghjkmnpqrstvwxyz5");
        assertThat(second.result()).isEqualTo(first.result());
        assertThat(history.findGeneration(second.id())).isPresent();
    }

    @Test
    void editsOfSimilarRequestsAreAppliedToANewPromptAndSaySo() {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        RecordEdit edit = new RecordEdit(ENGINE, history, cache, CLOCK, () -> String.format("01jedit%019d", n.incrementAndGet()));
        String[] ideas = {"a puppy running", "a puppy playing", "a puppy"};
        for (int i = 0; i < ideas.length; i++) {
            String id = "01jgen0000000000000000000" + i;
            GeneratedPrompt g = new GeneratePrompt(ENGINE, history, cache, Optional.empty(), CLOCK, () -> id)
                    .handle(UserId.LOCAL, new GeneratePromptCommand(ideas[i], false));
            assertThat(g.fromHistory()).isEmpty();
            edit.handle(UserId.LOCAL, new RecordEditCommand(Optional.of(id), Optional.of(0), g.result().prompt(),
                    g.result().prompt().replace("A puppy", "A golden retriever puppy")));
        }

        GeneratedPrompt sleeping = new GeneratePrompt(ENGINE, history, cache, Optional.empty(), CLOCK,
                () -> "01jgen00000000000000000009").handle(UserId.LOCAL, new GeneratePromptCommand("a puppy sleeping", false));

        assertThat(sleeping.fromHistory()).isEmpty();
        assertThat(sleeping.result().prompt()).startsWith("A golden retriever puppy sleeping");
        assertThat(sleeping.learnedEdits()).extracting(a -> a.op().wire() + " " + a.term())
                .contains("add golden retriever");
        assertThat(sleeping.learnedEdits().get(0).support()).isEqualTo(3);
    }

    /** The person edits {@code prompts} fresh "puppy" prompts of theirs to say "golden retriever". */
    private void editsBy(UserId person, int prompts, java.util.function.IntFunction<String> ids) {
        for (int i = 0; i < prompts; i++) {
            String id = ids.apply(i);
            GeneratedPrompt g = new GeneratePrompt(ENGINE, history, cache, Optional.empty(), CLOCK, () -> id)
                    .handle(person, new GeneratePromptCommand("a puppy running in a park", false));
            String current = g.result().prompt();
            // once learned, the term is in the generated prompt and kept: the same edit again
            String edited = current.contains("golden retriever") ? current
                    : current.replace("A puppy", "A golden retriever puppy");
            new RecordEdit(ENGINE, history, cache, CLOCK, () -> id.replace("01jgen", "01jedt"))
                    .handle(person, new RecordEditCommand(Optional.of(id), Optional.of(0), current, edited));
        }
    }

    private GeneratedPrompt next(UserId person, String id) {
        return new GeneratePrompt(ENGINE, history, cache, Optional.empty(), CLOCK, () -> id)
                .handle(person, new GeneratePromptCommand("a puppy sleeping", false));
    }

    @Test
    void oneProlificPersonTeachesOnlyThemselvesAndThreePeopleTeachEveryone() {
        UserId ana = new UserId("ana");
        UserId ben = new UserId("ben");
        editsBy(ana, 100, i -> String.format("01jgen%020d", i));

        GeneratedPrompt bens = next(ben, "01jgenben00000000000000001");
        assertThat(bens.result().prompt()).doesNotContain("golden retriever");
        assertThat(bens.learnedEdits()).isEmpty();
        GeneratedPrompt anas = next(ana, "01jgenana00000000000000001");
        assertThat(anas.result().prompt()).startsWith("A golden retriever puppy");
        assertThat(anas.learnedEdits()).singleElement().satisfies(e -> {
            assertThat(e.personal()).isTrue();
            assertThat(e.term()).isEqualTo("golden retriever");
        });

        editsBy(new UserId("cy"), 1, i -> "01jgency0000000000000000" + (i + 10));
        editsBy(new UserId("dee"), 1, i -> "01jgendee000000000000000" + (i + 10));
        GeneratedPrompt bensNext = next(ben, "01jgenben00000000000000002");

        assertThat(bensNext.result().prompt()).startsWith("A golden retriever puppy");
        assertThat(bensNext.learnedEdits()).singleElement().satisfies(e -> {
            assertThat(e.personal()).isFalse();
            assertThat(e.support()).isEqualTo(3);
        });
    }

    @Test
    void aCacheThatIsDownOnlyMeansNothingIsCached() {
        dev.videoagent.core.port.PromptCache down = (dev.videoagent.core.port.PromptCache) java.lang.reflect.Proxy
                .newProxyInstance(getClass().getClassLoader(), new Class<?>[] {dev.videoagent.core.port.PromptCache.class},
                        (proxy, method, args) -> {
                            throw new DependencyUnavailableException("redis", new RuntimeException("down"));
                        });
        GeneratePrompt generate = new GeneratePrompt(ENGINE, history, down, Optional.empty(), CLOCK, () -> "01jdown0000000000000000000");

        GeneratedPrompt generated = generate.handle(UserId.LOCAL, new GeneratePromptCommand("a puppy running", false));

        assertThat(generated.cached()).isFalse();
        assertThat(generated.stored()).isTrue();
        assertThat(generated.result().prompt()).startsWith("A puppy running");
    }
}
