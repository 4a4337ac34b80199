package dev.videoagent.adapters.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.core.diff.SlotPatch;
import dev.videoagent.core.diff.WordDiff;
import dev.videoagent.core.history.EditRecord;
import dev.videoagent.core.history.GenerationRecord;
import dev.videoagent.core.history.HistoryRepository;
import dev.videoagent.core.prompt.PromptResult;
import dev.videoagent.core.prompt.TraceEntry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One behaviour for every HistoryRepository: the in-memory one and the Mongo one run this same suite. */
abstract class HistoryRepositoryContract {

    protected abstract HistoryRepository repository();

    static GenerationRecord record(String id, String concept) {
        Map<String, List<String>> slots = new LinkedHashMap<>();
        slots.put("subject", List.of("cute puppy"));
        slots.put("action", List.of("running"));
        PromptResult result = new PromptResult(concept, "ko", "animals", 0.9, slots, List.of("cinematic style"),
                "A cute puppy running", "blurry", List.of(new TraceEntry("puppy", "subject", "input", "강아지",
                "animal.puppy"), new TraceEntry("high detail", "quality", "default", "default:any.quality", null)),
                List.of("unknownword"));
        return new GenerationRecord(id, result, Instant.parse("2026-11-24T10:15:30.123Z").truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void savedGenerationsAreFoundByIdExactlyAsSaved() {
        GenerationRecord saved = record("01jabcdefghjkmnpqrstvwxyz0", "귀여운 강아지가 뛰노는 영상");
        repository().saveGeneration(saved);

        assertThat(repository().findGeneration(saved.id())).contains(saved);
        assertThat(repository().findGeneration("01jzzzzzzzzzzzzzzzzzzzzzz0")).isEmpty();
    }

    @Test
    void userTextIsStoredAsDataNeverAsAQuery() {
        GenerationRecord operator = record("01jabcdefghjkmnpqrstvwxyz1", "{\"$gt\":\"\"} $where: sleep(1000) a.b.c");
        repository().saveGeneration(operator);

        assertThat(repository().findGeneration(operator.id()).orElseThrow().result().concept())
                .isEqualTo("{\"$gt\":\"\"} $where: sleep(1000) a.b.c");
        assertThat(repository().findGeneration("{\"$gt\":\"\"}")).isEmpty();
        assertThat(repository().findGeneration("$where")).isEmpty();
    }

    static EditRecord edit(String id, String promptId, String edited) {
        WordDiff.Result diff = WordDiff.diff("A cute puppy running", edited);
        return new EditRecord(id, promptId, 0, "A cute puppy running", edited, diff.ops(), diff.stats(),
                List.of(new SlotPatch.Op("replace", "/subject/0", "fluffy puppy")),
                Instant.parse("2026-11-24T11:00:00Z"));
    }

    @Test
    void editsAreImmutableVersionsInOrder() {
        repository().saveGeneration(record("01jabcdefghjkmnpqrstvwxyz3", "강아지"));

        EditRecord first = repository().appendEdit(edit("01jedit000000000000000001", "01jabcdefghjkmnpqrstvwxyz3",
                "A fluffy puppy running"));
        EditRecord second = repository().appendEdit(edit("01jedit000000000000000002", "01jabcdefghjkmnpqrstvwxyz3",
                "A fluffy puppy running happily"));
        EditRecord revert = repository().appendEdit(edit("01jedit000000000000000003", "01jabcdefghjkmnpqrstvwxyz3",
                "A cute puppy running"));

        assertThat(List.of(first.version(), second.version(), revert.version())).containsExactly(1, 2, 3);
        assertThat(repository().edits("01jabcdefghjkmnpqrstvwxyz3")).containsExactly(first, second, revert);
        assertThat(repository().edits("01jabcdefghjkmnpqrstvwxyz3").get(0).ops())
                .containsExactly(new WordDiff.Op("replace", 1, List.of("cute"), List.of("fluffy")));
        assertThat(repository().edits("nothing")).isEmpty();
    }

    @Test
    void freeStandingDiffsAreStoredWithoutAPrompt() {
        EditRecord a = repository().appendEdit(edit("01jedit000000000000000004", null, "A puppy"));
        EditRecord b = repository().appendEdit(edit("01jedit000000000000000005", null, "A kitten"));
        assertThat(a.version()).isEqualTo(1);
        assertThat(b.version()).isEqualTo(1);
    }

    @Test
    void recentPagesNewestFirst() {
        for (int i = 0; i < 5; i++) {
            GenerationRecord r = record("01jpage00000000000000000" + i, "idea " + i);
            repository().saveGeneration(new GenerationRecord(r.id(), r.result(), r.createdAt().plusSeconds(i)));
        }
        List<GenerationRecord> first = repository().recent(2, java.util.Optional.empty());
        assertThat(first).extracting(GenerationRecord::id)
                .containsExactly("01jpage000000000000000004", "01jpage000000000000000003");
        assertThat(repository().recent(2, java.util.Optional.of("01jpage000000000000000003")))
                .extracting(GenerationRecord::id).containsExactly("01jpage000000000000000002", "01jpage000000000000000001");
        assertThat(repository().recent(10, java.util.Optional.of("01jpage000000000000000000"))).isEmpty();
    }

    @Test
    void anIdCannotBeSavedTwice() {
        GenerationRecord first = record("01jabcdefghjkmnpqrstvwxyz2", "first");
        repository().saveGeneration(first);

        assertThatThrownBy(() -> repository().saveGeneration(record(first.id(), "second")))
                .isInstanceOf(RuntimeException.class);
        assertThat(repository().findGeneration(first.id()).orElseThrow().result().concept()).isEqualTo("first");
    }
}
