package dev.videoagent.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.model.GeneratedPrompt;
import dev.videoagent.core.model.ReusedPrompt;
import dev.videoagent.core.model.Suggestion;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.port.InMemoryHistoryRepository;
import dev.videoagent.core.port.InMemoryPromptCache;
import dev.videoagent.core.port.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Other people's edited prompts reach a person only as words several people settled on: suggestions and the
 * {@code fromHistory} answer count people, never prompts, and name nobody's idea or prompt.
 */
class SharedPromptsTest {

    private static final Lexicon LEXICON = Lexicon.of(List.of(
            "animal.puppy\tsubject\tpuppy\t강아지\tpuppy\tanimals\tkind=animal",
            "animal.kitten\tsubject\tkitten\t고양이\tkitten\tanimals\tkind=animal",
            "action.run\taction\trunning\t달리다\trun\t-\tenergy=high"));
    private static final PromptEngine ENGINE = new PromptEngine(PromptEngine.Knowledge.load(LEXICON), text -> List.of());
    /** A second later at every reading: later prompts are newer. */
    private static final Clock CLOCK = TestClock.ticking(Instant.parse("2026-12-01T10:00:00Z"), Duration.ofSeconds(1));
    private static final String IDEA = "a puppy running";

    private final InMemoryHistoryRepository history = new InMemoryHistoryRepository();
    private final InMemoryPromptCache cache = new InMemoryPromptCache(CLOCK);
    private final AtomicInteger ids = new AtomicInteger();
    private final SuggestPrompts suggest = new SuggestPrompts(ENGINE, history, cache, 3);
    private final GeneratePrompt generate = new GeneratePrompt(ENGINE, history, cache, suggest, Optional.empty(),
            CLOCK, this::nextId, dev.videoagent.core.port.Metrics.NONE, dev.videoagent.core.port.UsageLimits.NONE, 3);
    private final RecordEdit edit = new RecordEdit(ENGINE, history, cache, CLOCK, this::nextId);

    private String nextId() {
        return String.format("01jshared%017d", ids.incrementAndGet());
    }

    /** The person asks for the idea and edits what they get into {@code edited(prompt)}; returns the prompt's id. */
    private String generatesAndEdits(UserId person, String idea, java.util.function.UnaryOperator<String> edited) {
        GeneratedPrompt g = generate.handle(person, new GeneratePromptCommand(idea, false));
        String prompt = g.result().prompt();
        edit.handle(person, new RecordEditCommand(Optional.of(g.id()), Optional.of(0), prompt, edited.apply(prompt)));
        return g.id();
    }

    private static String fluffy(String prompt) {
        return prompt.replace("A puppy", "A fluffy puppy");
    }

    private List<Suggestion> suggestionsFor(UserId person) {
        return suggest.handle(person, IDEA, 5).suggestions();
    }

    private GeneratedPrompt next(UserId person) {
        return generate.handle(person, new GeneratePromptCommand(IDEA, false));
    }

    @Test
    void twoPeoplesWordsStayTheirsAndAThirdPersonSettlingOnThemMakesThemEveryonesAnswer() {
        UserId dee = new UserId("dee");
        generatesAndEdits(new UserId("ana"), IDEA, SharedPromptsTest::fluffy);
        generatesAndEdits(new UserId("ben"), IDEA, SharedPromptsTest::fluffy);

        assertThat(suggestionsFor(dee)).isEmpty();
        GeneratedPrompt before = next(dee);
        assertThat(before.fromHistory()).isEmpty();
        assertThat(before.result().prompt()).doesNotContain("fluffy");

        generatesAndEdits(new UserId("cy"), IDEA, SharedPromptsTest::fluffy);
        GeneratedPrompt after = next(new UserId("eve"));

        assertThat(after.fromHistory()).contains(new ReusedPrompt(Optional.empty(), 3));
        assertThat(after.result().prompt()).isEqualTo(fluffy(before.result().prompt()));
        assertThat(suggestionsFor(new UserId("fay"))).singleElement().satisfies(s -> {
            assertThat(s.own()).isFalse();
            assertThat(s.people()).isEqualTo(3);
            assertThat(s.promptId()).isNull();
            assertThat(s.concept()).isNull();
            assertThat(s.appliedEdits()).isEmpty();
            assertThat(s.prompt()).isEqualTo(after.result().prompt());
        });
    }

    @Test
    void oneHundredPromptsOfOnePersonAreOneVoiceAndStillTheirOwnAnswer() {
        UserId ana = new UserId("ana");
        for (int i = 0; i < 100; i++) {
            generatesAndEdits(ana, IDEA, p -> p.contains("fluffy") ? p + ", golden hour" : fluffy(p));
        }

        GeneratedPrompt bens = next(new UserId("ben"));
        GeneratedPrompt anas = next(ana);

        assertThat(bens.fromHistory()).isEmpty();
        assertThat(bens.result().prompt()).doesNotContain("fluffy");
        assertThat(suggestionsFor(new UserId("ben"))).singleElement() // ben's own, just generated
                .satisfies(s -> assertThat(s.own()).isTrue());
        assertThat(anas.fromHistory()).hasValueSatisfying(r -> assertThat(r.personal()).isTrue());
        assertThat(anas.result().prompt()).contains("fluffy");
        assertThat(suggestionsFor(ana)).allSatisfy(s -> assertThat(s.own()).isTrue()).hasSize(5);
    }

    @Test
    void onePersonsLaterFloodDoesNotHideWhatThreeOthersSettledOn() {
        for (String person : List.of("ana", "ben", "cy")) {
            generatesAndEdits(new UserId(person), IDEA, SharedPromptsTest::fluffy);
        }
        UserId flood = new UserId("mallory");
        for (int i = 0; i < 80; i++) {
            generatesAndEdits(flood, IDEA, p -> p + ", neon " + ids.get());
        }

        assertThat(suggestionsFor(new UserId("dee"))).singleElement()
                .satisfies(s -> assertThat(s.people()).isEqualTo(3));
        assertThat(next(new UserId("dee")).fromHistory()).contains(new ReusedPrompt(Optional.empty(), 3));
    }

    @Test
    void ownPromptsAreListedWithTheirIdeaAndHowManyPeopleWroteTheSameWords() {
        UserId ana = new UserId("ana");
        String own = generatesAndEdits(ana, IDEA, SharedPromptsTest::fluffy);
        generatesAndEdits(new UserId("ben"), IDEA, SharedPromptsTest::fluffy);
        generatesAndEdits(new UserId("cy"), IDEA, SharedPromptsTest::fluffy);

        assertThat(suggestionsFor(ana)).singleElement().satisfies(s -> {
            assertThat(s.own()).isTrue();
            assertThat(s.promptId()).isEqualTo(own);
            assertThat(s.concept()).isEqualTo(IDEA);
            assertThat(s.people()).isEqualTo(3);
            assertThat(s.editCount()).isEqualTo(1);
        });
    }

    @Test
    void aCachedListIsOnlyEverServedToThePersonItWasMadeFor() {
        UserId ana = new UserId("ana");
        generatesAndEdits(ana, IDEA, SharedPromptsTest::fluffy);

        assertThat(suggest.handle(ana, IDEA, 3).suggestions()).hasSize(1);
        assertThat(suggest.handle(ana, IDEA, 3).cached()).isTrue();
        SuggestPrompts.SuggestionList bens = suggest.handle(new UserId("ben"), IDEA, 3);

        assertThat(bens.cached()).isFalse();
        assertThat(bens.suggestions()).isEmpty();
    }
}
