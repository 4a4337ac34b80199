package dev.videoagent.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.core.model.GenerationSummary;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class HistoryDocumentsTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aPostingEntryReadsBackAsTheSummaryItWasWrittenFrom() {
        GenerationSummary summary = new GenerationSummary("01jsummary0000000000000000",
                List.of("animal.puppy", "action.run", "time.night"), AT);

        Document entry = HistoryDocuments.summary(summary);

        assertThat(entry.get("keys")).isInstanceOf(String.class);
        assertThat(HistoryDocuments.summary(entry)).isEqualTo(summary);
    }

    @Test
    void aSummaryWithoutKeysReadsBackWithoutKeys() {
        GenerationSummary summary = new GenerationSummary("01jsummary0000000000000001", List.of(), AT);

        assertThat(HistoryDocuments.summary(HistoryDocuments.summary(summary)).conceptKeys()).isEmpty();
    }

    @Test
    void entriesWrittenAsAnArrayByEarlierVersionsAreStillRead() {
        Document legacy = new Document("id", "01jsummary0000000000000002")
                .append("keys", List.of("animal.cat", "place.beach")).append("at", Date.from(AT));

        assertThat(HistoryDocuments.summary(legacy)).isEqualTo(new GenerationSummary("01jsummary0000000000000002",
                List.of("animal.cat", "place.beach"), AT));
    }
}
