package dev.videoagent.adapters.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void anIdCannotBeSavedTwice() {
        GenerationRecord first = record("01jabcdefghjkmnpqrstvwxyz2", "first");
        repository().saveGeneration(first);

        assertThatThrownBy(() -> repository().saveGeneration(record(first.id(), "second")))
                .isInstanceOf(RuntimeException.class);
        assertThat(repository().findGeneration(first.id()).orElseThrow().result().concept()).isEqualTo("first");
    }
}
