package dev.videoagent.adapters.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.core.model.DiffStats;
import dev.videoagent.core.model.EditRecord;
import dev.videoagent.core.model.GenerationRecord;
import dev.videoagent.core.model.GenerationSummary;
import dev.videoagent.core.model.IdeaStructure;
import dev.videoagent.core.model.Language;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.Slot;
import dev.videoagent.core.model.SlotOp;
import dev.videoagent.core.model.Target;
import dev.videoagent.core.model.TraceEntry;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.model.WordOp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class HistoryDocumentsTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aPostingEntryReadsBackAsTheSummaryItWasWrittenFrom() {
        GenerationSummary summary = new GenerationSummary("01jsummary0000000000000000", new UserId("ana"),
                List.of("animal.puppy", "action.run", "time.night"), AT);

        Document entry = HistoryDocuments.summary(summary);

        assertThat(entry.get("keys")).isInstanceOf(String.class);
        assertThat(HistoryDocuments.summary(entry)).isEqualTo(summary);
    }

    @Test
    void aSummaryWithoutKeysReadsBackWithoutKeys() {
        GenerationSummary summary = new GenerationSummary("01jsummary0000000000000001", UserId.LOCAL, List.of(), AT);

        assertThat(HistoryDocuments.summary(HistoryDocuments.summary(summary)).conceptKeys()).isEmpty();
    }

    @Test
    void entriesWrittenAsAnArrayByEarlierVersionsAreStillRead() {
        Document legacy = new Document("id", "01jsummary0000000000000002")
                .append("keys", List.of("animal.cat", "place.beach")).append("at", Date.from(AT));

        assertThat(HistoryDocuments.summary(legacy)).isEqualTo(new GenerationSummary("01jsummary0000000000000002", UserId.LOCAL,
                List.of("animal.cat", "place.beach"), AT));
    }

    /** An edit as the version before the closed-set enums stored it: every word op and slot op kind. */
    private static final String EDIT = "{\"_id\": \"01jedit000000000000000000\", \"promptId\": "
            + "\"01jprompt0000000000000000\", \"version\": 2, \"versionKey\": \"01jprompt0000000000000000#2\", "
            + "\"original\": \"A cute puppy\", \"edited\": \"A fluffy puppy, happily\", \"ops\": [{\"op\": "
            + "\"replace\", \"position\": 1, \"before\": [\"cute\"], \"after\": [\"fluffy\"]}, {\"op\": \"insert\", "
            + "\"position\": 3, \"before\": [], \"after\": [\",\", \"happily\"]}, {\"op\": \"delete\", \"position\": 3, "
            + "\"before\": [\"x\"], \"after\": []}], \"stats\": {\"inserted\": 2, \"deleted\": 1, \"replaced\": 1, "
            + "\"wordsBefore\": 3, \"wordsAfter\": 5, \"similarity\": 0.5}, \"slotChanges\": [{\"op\": \"replace\", "
            + "\"path\": \"/subject/0\", \"value\": \"fluffy puppy\"}, {\"op\": \"remove\", \"path\": \"/style/1\", "
            + "\"value\": null}, {\"op\": \"add\", \"path\": \"/mood/-\", \"value\": \"happy\"}], \"createdAt\": "
            + "{\"$date\": \"2026-11-24T10:15:30.123Z\"}}";

    private static final EditRecord EDITED = new EditRecord("01jedit000000000000000000", UserId.LOCAL,
            "01jprompt0000000000000000",
            2, "A cute puppy", "A fluffy puppy, happily",
            List.of(new WordOp(WordOp.Kind.REPLACE, 1, List.of("cute"), List.of("fluffy")),
                    new WordOp(WordOp.Kind.INSERT, 3, List.of(), List.of(",", "happily")),
                    new WordOp(WordOp.Kind.DELETE, 3, List.of("x"), List.of())),
            new DiffStats(2, 1, 1, 3, 5, 0.5),
            List.of(new SlotOp(SlotOp.Kind.REPLACE, "/subject/0", "fluffy puppy"),
                    new SlotOp(SlotOp.Kind.REMOVE, "/style/1", null), new SlotOp(SlotOp.Kind.ADD, "/mood/-", "happy")),
            Optional.empty(), Instant.parse("2026-11-24T10:15:30.123Z"));

    /** A generation as stored before the enums: one trace entry of every source the engine writes. */
    private static final String GENERATION = "{\"_id\": \"01jgen0000000000000000000\", \"concept\": "
            + "\"a beach without people\", \"language\": \"en\", \"target\": \"luma\", \"category\": \"nature\", "
            + "\"confidence\": 0.8, \"coverage\": 0.75, \"slots\": {\"setting\": [\"sandy beach\"]}, \"styles\": "
            + "[\"cinematic style\"], \"structure\": {\"subjects\": [], \"objects\": [], \"actions\": [], "
            + "\"settings\": [], \"negated\": []}, \"prompt\": \"A sandy beach\", \"negativePrompt\": \"people\", "
            + "\"trace\": [{\"term\": \"sandy beach\", \"slot\": \"subject\", \"source\": \"input\", \"from\": "
            + "\"beach\", \"conceptId\": \"place.beach\", \"relation\": \"setting of the idea\"}, {\"term\": "
            + "\"high detail\", \"slot\": \"quality\", \"source\": \"default\", \"from\": \"default:any.quality\", "
            + "\"conceptId\": null, \"relation\": null}, {\"term\": \"soft light\", \"slot\": \"lighting\", "
            + "\"source\": \"rule\", \"from\": \"rule:beach-light\", \"conceptId\": null, \"relation\": null}, "
            + "{\"term\": \"bright light\", \"slot\": \"lighting\", \"source\": \"dropped\", \"from\": "
            + "\"slot already full\", \"conceptId\": \"light.bright\", \"relation\": null}, {\"term\": \"people\", "
            + "\"slot\": \"negative\", \"source\": \"negated\", \"from\": \"people\", \"conceptId\": "
            + "\"person.people\", \"relation\": \"negative prompt\"}], \"unrecognized\": [], \"conceptKeys\": "
            + "[\"place.beach\"], \"createdAt\": {\"$date\": \"2026-11-24T10:15:30.123Z\"}}";

    private static final GenerationRecord GENERATED = new GenerationRecord("01jgen0000000000000000000", UserId.LOCAL,
            new PromptResult("a beach without people", Language.EN, Target.LUMA, "nature", 0.8, 0.75,
                    Map.of("setting", List.of("sandy beach")), List.of("cinematic style"), IdeaStructure.EMPTY,
                    "A sandy beach", "people", List.of(
                    TraceEntry.input("sandy beach", Slot.SUBJECT, "beach", "place.beach").withRelation("setting of the idea"),
                    TraceEntry.fallback("high detail", Slot.QUALITY, "default:any.quality"),
                    TraceEntry.rule("soft light", "lighting", "rule:beach-light"),
                    TraceEntry.dropped("bright light", "lighting", "slot already full", "light.bright"),
                    new TraceEntry("people", "negative", TraceEntry.Source.NEGATED, "people", "person.people",
                            "negative prompt")), List.of()),
            Instant.parse("2026-11-24T10:15:30.123Z"));

    /** Stored before there were users, an edit is the local user's; written now, it names its owner. */
    @Test
    void anEditStoredBeforeTheEnumsAndUsersReadsBackAsTheLocalUsersAndIsWrittenWithItsOwner() {
        assertThat(HistoryDocuments.edit(Document.parse(EDIT))).isEqualTo(EDITED);
        assertThat(HistoryDocuments.edit(EDITED).toJson()).isEqualTo(withLocalOwner(EDIT));
        assertThat(HistoryDocuments.edit(Document.parse(withLocalOwner(EDIT).replace("\"local\"", "\"ana\"")))
                .owner()).isEqualTo(new UserId("ana"));
    }

    @Test
    void aGenerationStoredBeforeTheEnumsAndUsersReadsBackAsTheLocalUsersAndIsWrittenWithItsOwner() {
        assertThat(HistoryDocuments.generation(Document.parse(GENERATION))).isEqualTo(GENERATED);
        assertThat(HistoryDocuments.generation(GENERATED).toJson()).isEqualTo(withLocalOwner(GENERATION));
    }

    private static String withLocalOwner(String json) {
        return json.replaceFirst("^\\{\"_id\": (\"[0-9a-z]+\"), ", "{\"_id\": $1, \"owner\": \"local\", ");
    }

    @Test
    void aStoredValueOutsideAClosedSetIsRejectedByName() {
        assertThatThrownBy(() -> HistoryDocuments.edit(Document.parse(EDIT.replace("\"op\": \"add\"", "\"op\": \"copy\""))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Unknown SlotOp.Kind 'copy'");
        assertThatThrownBy(() -> HistoryDocuments.generation(Document.parse(
                GENERATION.replace("\"language\": \"en\"", "\"language\": \"EN\""))))
                .hasMessageStartingWith("Unknown Language 'EN'");
        assertThatThrownBy(() -> HistoryDocuments.generation(Document.parse(
                GENERATION.replace("\"source\": \"rule\"", "\"source\": \"rules\""))))
                .hasMessageStartingWith("Unknown TraceEntry.Source 'rules'");
    }
}
