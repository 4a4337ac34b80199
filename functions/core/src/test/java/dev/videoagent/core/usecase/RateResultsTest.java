package dev.videoagent.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.error.NotFoundException;
import dev.videoagent.core.error.ValidationException;
import dev.videoagent.core.model.GeneratedPrompt;
import dev.videoagent.core.model.PromptLabel;
import dev.videoagent.core.model.Rating;
import dev.videoagent.core.model.RenderJobRecord;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.port.InMemoryHistoryRepository;
import dev.videoagent.core.port.InMemoryPromptAnnotationRepository;
import dev.videoagent.core.port.InMemoryPromptCache;
import dev.videoagent.core.port.InMemoryRenderJobRepository;
import dev.videoagent.core.port.UsageLimits;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Ratings of renders and versions, and labels: stored for the owner only, and what ratings do to learning. */
class RateResultsTest {

    private static final Lexicon LEXICON = Lexicon.of(List.of(
            "animal.puppy\tsubject\tpuppy\t강아지\tpuppy\tanimals\tkind=animal",
            "action.run\taction\trunning\t달리다\trun\t-\tenergy=high",
            "action.sleep\taction\tsleeping\t자다\tsleep\t-\tenergy=low"));
    private static final PromptEngine ENGINE = new PromptEngine(PromptEngine.Knowledge.load(LEXICON), text -> List.of());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private final InMemoryHistoryRepository history = new InMemoryHistoryRepository();
    private final InMemoryPromptCache cache = new InMemoryPromptCache(CLOCK);
    private final InMemoryRenderJobRepository renders = new InMemoryRenderJobRepository();
    private final InMemoryPromptAnnotationRepository annotations = new InMemoryPromptAnnotationRepository();
    private final AtomicInteger ids = new AtomicInteger();
    private final RecordEdit edits = new RecordEdit(ENGINE, history, cache, CLOCK, this::nextId);
    private final RateResults ratings = new RateResults(history, renders, annotations, cache, UsageLimits.NONE, CLOCK);
    private final PromptLabels labels = new PromptLabels(history, annotations, UsageLimits.NONE);
    private final PromptVersions versions = new PromptVersions(history, renders, annotations);

    private String nextId() {
        return String.format("01jrate%019d", ids.incrementAndGet());
    }

    /** The person asks for a running puppy and edits the answer; returns the prompt id. */
    private String edits(String person, java.util.function.UnaryOperator<String> edit) {
        GeneratedPrompt g = new GeneratePrompt(ENGINE, history, cache, Optional.empty(), CLOCK, this::nextId)
                .handle(new UserId(person), new GeneratePromptCommand("a puppy running", false));
        String prompt = g.result().prompt();
        edits.handle(new UserId(person), new RecordEditCommand(Optional.of(g.id()), Optional.of(0), prompt,
                edit.apply(prompt)));
        return g.id();
    }

    private static String golden(String prompt) {
        return prompt.replace("A puppy", "A golden retriever puppy");
    }

    private String sleepingPuppyFor(String person) {
        return new GeneratePrompt(ENGINE, history, cache, Optional.empty(), CLOCK, this::nextId)
                .handle(new UserId(person), new GeneratePromptCommand("a puppy sleeping", false)).result().prompt();
    }

    @Test
    void editsBehindResultsRatedDownTeachNothingAndRatingThemUpAgainRestoresThem() {
        String ana = edits("ana", RateResultsTest::golden);
        String ben = edits("ben", RateResultsTest::golden);
        edits("cy", RateResultsTest::golden);
        assertThat(sleepingPuppyFor("zoe")).startsWith("A golden retriever puppy");

        ratings.rateVersion(new UserId("ana"), ana, 1, Rating.Score.DOWN, Optional.of("looked wrong"));
        assertThat(sleepingPuppyFor("zoe")).doesNotContain("golden retriever");

        ratings.rateVersion(new UserId("ana"), ana, 1, Rating.Score.UP, Optional.empty());
        assertThat(sleepingPuppyFor("zoe")).startsWith("A golden retriever puppy");
        assertThat(ben).isNotEmpty();
    }

    @Test
    void aRenderRatedDownStopsItsVersionTeaching() {
        String ana = edits("ana", RateResultsTest::golden);
        edits("ben", RateResultsTest::golden);
        edits("cy", RateResultsTest::golden);
        renders.save(new RenderJobRecord("01jrenderjob00000000000001", new UserId("ana"), "p", Optional.empty(),
                Optional.of(ana), Optional.of(1), new RenderSettings(5, 640, 360, 24), "h", "v", "p", CLOCK.instant(),
                Optional.empty()));

        ratings.rateRender(new UserId("ana"), "01jrenderjob00000000000001", Rating.Score.DOWN, Optional.empty());

        assertThat(sleepingPuppyFor("zoe")).doesNotContain("golden retriever");
        assertThat(renders.find("01jrenderjob00000000000001").orElseThrow().rating()).hasValueSatisfying(
                r -> assertThat(r.score()).isEqualTo(Rating.Score.DOWN));
        assertThatThrownBy(() -> ratings.rateRender(new UserId("ben"), "01jrenderjob00000000000001", Rating.Score.UP,
                Optional.empty())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPersonWhoseResultsWereRatedUpWeighsTwiceInTheShareButCountsOnceAsAPerson() {
        // three of seven editors added the term: 3/7 is under half
        String ana = edits("ana", RateResultsTest::golden);
        edits("ben", RateResultsTest::golden);
        edits("cy", RateResultsTest::golden);
        for (String other : List.of("dee", "eve", "fay", "gus")) {
            edits(other, p -> p + ", golden hour");
        }
        assertThat(sleepingPuppyFor("zoe")).doesNotContain("golden retriever");

        ratings.rateVersion(new UserId("ana"), ana, 1, Rating.Score.UP, Optional.empty());

        // (3 + 1) / (7 + 1) is half
        assertThat(sleepingPuppyFor("zoe")).startsWith("A golden retriever puppy");
    }

    @Test
    void labelsNameOneVersionEachMoveWhenPutAgainAndShowInTheVersions() {
        String ana = edits("ana", RateResultsTest::golden);
        UserId owner = new UserId("ana");

        labels.put(owner, ana, new PromptLabel(PromptLabel.FAVORITE), 0);
        labels.put(owner, ana, new PromptLabel("for-mum"), 1);
        labels.put(owner, ana, new PromptLabel(PromptLabel.FAVORITE), 1);

        PromptVersions.PromptView view = versions.view(owner, ana);
        assertThat(view.versions().get(0).labels()).isEmpty();
        assertThat(view.versions().get(1).labels()).containsExactly("favorite", "for-mum");
        assertThat(labels.remove(owner, ana, new PromptLabel("for-mum")).labels()).containsOnlyKeys("favorite");
        assertThatThrownBy(() -> labels.remove(owner, ana, new PromptLabel("for-mum")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> labels.put(owner, ana, new PromptLabel("final"), 9)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> labels.put(new UserId("ben"), ana, new PromptLabel("final"), 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> new PromptLabel("Not OK")).isInstanceOf(ValidationException.class);
    }

    @Test
    void aScoreIsUpOrDownAndANoteOneLineOfAtMost500() {
        assertThat(Rating.Score.of(1)).isEqualTo(Rating.Score.UP);
        assertThat(Rating.Score.of(-1)).isEqualTo(Rating.Score.DOWN);
        assertThatThrownBy(() -> Rating.Score.of(0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Rating.Score.of(null)).isInstanceOf(ValidationException.class);
        assertThat(new Rating(Rating.Score.UP, Optional.of(" a\nb "), CLOCK.instant()).note()).contains("a b");
        assertThatThrownBy(() -> new Rating(Rating.Score.UP, Optional.of("x".repeat(501)), CLOCK.instant()))
                .isInstanceOf(dev.videoagent.core.error.InputTooLongException.class);
    }
}
