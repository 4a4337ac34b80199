package dev.videoagent.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.error.ConflictException;
import dev.videoagent.core.error.InputTooLongException;
import dev.videoagent.core.error.NotFoundException;
import dev.videoagent.core.error.ValidationException;
import dev.videoagent.core.model.EditRecord;
import dev.videoagent.core.model.GeneratedPrompt;
import dev.videoagent.core.model.RenderJobRecord;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.model.WordOp;
import dev.videoagent.core.port.InMemoryHistoryRepository;
import dev.videoagent.core.port.InMemoryPromptAnnotationRepository;
import dev.videoagent.core.port.InMemoryPromptCache;
import dev.videoagent.core.port.InMemoryRenderJobRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Versions of one prompt as its owner sees them: texts, diffs, messages, renders; compare; revert. */
class PromptVersionsTest {

    private static final Lexicon LEXICON = Lexicon.of(List.of(
            "animal.puppy\tsubject\tpuppy\t강아지\tpuppy\tanimals\tkind=animal",
            "action.run\taction\trunning\t달리다\trun\t-\tenergy=high"));
    private static final PromptEngine ENGINE = new PromptEngine(PromptEngine.Knowledge.load(LEXICON), text -> List.of());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private static final UserId ANA = new UserId("ana");

    private final InMemoryHistoryRepository history = new InMemoryHistoryRepository();
    private final InMemoryPromptCache cache = new InMemoryPromptCache(CLOCK);
    private final InMemoryRenderJobRepository renders = new InMemoryRenderJobRepository();
    private final AtomicInteger ids = new AtomicInteger();
    private final RecordEdit edits = new RecordEdit(ENGINE, history, cache, CLOCK, this::nextId);
    private final PromptVersions versions = new PromptVersions(history, renders, new InMemoryPromptAnnotationRepository());

    private String nextId() {
        return String.format("01jabcdef%017d", ids.incrementAndGet());
    }

    private GeneratedPrompt generated() {
        return new GeneratePrompt(ENGINE, history, cache, Optional.empty(), CLOCK, this::nextId)
                .handle(ANA, new GeneratePromptCommand("a puppy running", false));
    }

    private EditRecord edit(String promptId, int base, String from, String to, String message) {
        return edits.handle(ANA, new RecordEditCommand(Optional.of(promptId), Optional.of(base), from, to,
                Optional.ofNullable(message)));
    }

    private void rendered(String promptId, Optional<Integer> version) {
        String id = nextId();
        renders.save(new RenderJobRecord(id, ANA, "p", Optional.empty(), Optional.of(promptId), version,
                new RenderSettings(5, 640, 360, 24), "hash-" + id, "videos/" + id + ".webm", "videos/" + id + ".jpg",
                CLOCK.instant(), Optional.empty()));
    }

    @Test
    void everyVersionCarriesItsTextTheDiffFromTheOneBeforeItsMessageAndItsRenders() {
        GeneratedPrompt g = generated();
        String v0 = g.result().prompt();
        String v1 = v0.replace("A puppy", "A fluffy puppy");
        String v2 = v1.replace("fluffy", "small fluffy");
        edit(g.id(), 0, v0, v1, "  fluffier\nplease ");
        edit(g.id(), 1, v1, v2, null);
        rendered(g.id(), Optional.of(1));
        rendered(g.id(), Optional.empty());

        PromptVersions.PromptView view = versions.view(ANA, g.id());

        assertThat(view.versions()).extracting(PromptVersions.Version::version).containsExactly(0, 1, 2);
        assertThat(view.versions()).extracting(PromptVersions.Version::text).containsExactly(v0, v1, v2);
        assertThat(view.versions().get(0).ops()).isEmpty();
        assertThat(view.versions().get(0).stats()).isEmpty();
        assertThat(view.versions().get(1).message()).contains("fluffier please");
        assertThat(view.versions().get(2).message()).isEmpty();
        assertThat(view.versions().get(2).ops()).singleElement().satisfies(op -> {
            assertThat(op.op()).isEqualTo(WordOp.Kind.INSERT);
            assertThat(op.after()).containsExactly("small");
        });
        assertThat(view.versions().get(1).renders()).hasSize(1);
        assertThat(view.versions().get(2).renders()).isEmpty();
        assertThat(view.unsavedRenders()).hasSize(1);
    }

    @Test
    void anyTwoVersionsCompareEitherWayAndAVersionThePromptDoesNotHaveIsNotFound() {
        GeneratedPrompt g = generated();
        String v0 = g.result().prompt();
        String v1 = v0.replace("A puppy", "A fluffy puppy");
        edit(g.id(), 0, v0, v1, null);
        edit(g.id(), 1, v1, v1.replace("fluffy", "tiny"), null);

        PromptVersions.Comparison forward = versions.compare(ANA, g.id(), 0, 2);
        PromptVersions.Comparison back = versions.compare(ANA, g.id(), 2, 0);

        assertThat(forward.ops()).extracting(WordOp::after).containsExactly(List.of("tiny"));
        assertThat(back.ops()).extracting(WordOp::before).containsExactly(List.of("tiny"));
        assertThat(versions.compare(ANA, g.id(), 1, 1).ops()).isEmpty();
        assertThatThrownBy(() -> versions.compare(ANA, g.id(), 0, 3)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no version 3; its latest is 2");
        assertThatThrownBy(() -> versions.compare(ANA, g.id(), -1, 0)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aRevertIsANewVersionWithTheOldTextAndNothingIsLost() {
        GeneratedPrompt g = generated();
        String v0 = g.result().prompt();
        String v1 = v0.replace("A puppy", "A fluffy puppy");
        edit(g.id(), 0, v0, v1, null);

        EditRecord reverted = edits.revert(ANA, new RevertCommand(g.id(), 0, Optional.of(1), Optional.of("back")));

        assertThat(reverted.version()).isEqualTo(2);
        assertThat(reverted.edited()).isEqualTo(v0);
        assertThat(reverted.message()).contains("back");
        assertThat(versions.view(ANA, g.id()).versions()).extracting(PromptVersions.Version::text)
                .containsExactly(v0, v1, v0);
    }

    @Test
    void aRevertOnAStaleVersionIsAConflictAndToAMissingVersionNotFound() {
        GeneratedPrompt g = generated();
        String v0 = g.result().prompt();
        edit(g.id(), 0, v0, v0 + ", golden hour", null);

        assertThatThrownBy(() -> edits.revert(ANA, new RevertCommand(g.id(), 0, Optional.of(0), Optional.empty())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> edits.revert(ANA, new RevertCommand(g.id(), 5, Optional.empty(), Optional.empty())))
                .isInstanceOf(NotFoundException.class);
        assertThat(history.edits(g.id())).hasSize(1);
    }

    @Test
    void anotherPersonsPromptHasNoVersionsToSeeCompareOrRevert() {
        GeneratedPrompt g = generated();
        UserId ben = new UserId("ben");

        assertThatThrownBy(() -> versions.view(ben, g.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> versions.compare(ben, g.id(), 0, 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> edits.revert(ben, new RevertCommand(g.id(), 0, Optional.empty(), Optional.empty())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aMessageIsOneLineOfAtMost200Characters() {
        assertThat(RecordEditCommand.message("  ")).isEmpty();
        assertThat(RecordEditCommand.message("a\tb\r\nc")).contains("a b c");
        assertThat(RecordEditCommand.message("가".repeat(200))).isPresent();
        assertThatThrownBy(() -> RecordEditCommand.message("가".repeat(201))).isInstanceOf(InputTooLongException.class);
    }
}
