package dev.videoagent.adapters.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.core.engine.diff.WordDiff;
import dev.videoagent.core.model.EditRecord;
import dev.videoagent.core.model.GenerationRecord;
import dev.videoagent.core.model.GenerationSummary;
import dev.videoagent.core.model.IdeaStructure;
import dev.videoagent.core.model.Language;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.SlotOp;
import dev.videoagent.core.model.Target;
import dev.videoagent.core.model.TraceEntry;
import dev.videoagent.core.model.Unrecognized;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.model.WordOp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One behaviour for every HistoryRepository: the in-memory one and the Mongo one run this same suite (with the
 * learned-terms part in {@link LearnedTermsContract}).
 */
abstract class HistoryRepositoryContract extends LearnedTermsContract {

    /** A structure with every part filled, so a round trip that loses one fails. */
    static final IdeaStructure STRUCTURE = new IdeaStructure(
            List.of(new IdeaStructure.Thing("puppy", List.of("cute"), false)),
            List.of(new IdeaStructure.Thing("ball", List.of("red"), true)),
            List.of(new IdeaStructure.Action("chasing", "puppy", "ball", "paw", List.of("across a meadow"))),
            List.of("a meadow"), List.of("rain"));

    static GenerationRecord record(String id, String concept) {
        Map<String, List<String>> slots = new LinkedHashMap<>();
        slots.put("subject", List.of("cute puppy"));
        slots.put("action", List.of("running"));
        PromptResult result = new PromptResult(concept, Language.KO, Target.GENERIC, "animals", 0.9, 1.0, slots, List.of("cinematic style"), STRUCTURE, "A cute puppy running", "blurry", List.of(new TraceEntry("puppy", "subject", TraceEntry.Source.INPUT, "강아지",
                "animal.puppy"), new TraceEntry("high detail", "quality", TraceEntry.Source.DEFAULT, "default:any.quality", null)), List.of(new Unrecognized("unknownword", 3, 14)));
        return new GenerationRecord(id, UserId.LOCAL, result, Instant.parse("2026-11-24T10:15:30.123Z").truncatedTo(ChronoUnit.MILLIS));
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
        return new EditRecord(id, UserId.LOCAL, promptId, 0, "A cute puppy running", edited, diff.ops(), diff.stats(),
                List.of(new SlotOp(SlotOp.Kind.REPLACE, "/subject/0", "fluffy puppy")),
                Optional.of("fluffier"), Instant.parse("2026-11-24T11:00:00Z"));
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
                .containsExactly(new WordOp(WordOp.Kind.REPLACE, 1, List.of("cute"), List.of("fluffy")));
        assertThat(repository().edits("nothing")).isEmpty();
    }

    @Test
    void aVersionAskedForIsTakenOnceAndASecondEditOfTheSameVersionIsRefused() throws Exception {
        repository().saveGeneration(record("01jabcdefghjkmnpqrstvwx100", "강아지"));
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
        for (String id : List.of("01jedit000000000000000031", "01jedit000000000000000032")) {
            results.add(two.submit(() -> {
                go.await();
                try {
                    repository().appendEdit(edit(id, "01jabcdefghjkmnpqrstvwx100", "text of " + id).withVersion(1));
                    return "stored";
                } catch (dev.videoagent.core.error.VersionTakenException e) {
                    return "refused";
                }
            }));
        }
        go.countDown();
        List<String> outcomes = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<String> f : results) {
            outcomes.add(f.get());
        }
        two.shutdown();

        assertThat(outcomes).containsExactlyInAnyOrder("stored", "refused");
        assertThat(repository().edits("01jabcdefghjkmnpqrstvwx100")).hasSize(1);
        EditRecord next = repository().appendEdit(edit("01jedit000000000000000033", "01jabcdefghjkmnpqrstvwx100",
                "the next one").withVersion(2));
        assertThat(next.version()).isEqualTo(2);
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
            repository().saveGeneration(new GenerationRecord(r.id(), UserId.LOCAL, r.result(), r.createdAt().plusSeconds(i)));
        }
        List<GenerationRecord> first = repository().recent(UserId.LOCAL, 2, java.util.Optional.empty());
        assertThat(first).extracting(GenerationRecord::id)
                .containsExactly("01jpage000000000000000004", "01jpage000000000000000003");
        assertThat(repository().recent(UserId.LOCAL, 2, java.util.Optional.of("01jpage000000000000000003")))
                .extracting(GenerationRecord::id).containsExactly("01jpage000000000000000002", "01jpage000000000000000001");
        assertThat(repository().recent(UserId.LOCAL, 10, java.util.Optional.of("01jpage000000000000000000"))).isEmpty();
    }

    @Test
    void recentListsOnlyTheOwnersGenerationsAndKeepsWhoseEachIs() {
        UserId ana = new UserId("ana");
        UserId ben = new UserId("ben");
        for (int i = 0; i < 6; i++) {
            GenerationRecord r = record("01jmember0000000000000000" + i, "idea " + i);
            repository().saveGeneration(new GenerationRecord(r.id(), i % 2 == 0 ? ana : ben, r.result(),
                    r.createdAt().plusSeconds(i)));
        }

        assertThat(repository().recent(ana, 10, java.util.Optional.empty())).extracting(GenerationRecord::id)
                .containsExactly("01jmember00000000000000004", "01jmember00000000000000002", "01jmember00000000000000000");
        assertThat(repository().recent(ben, 1, java.util.Optional.of("01jmember00000000000000005")))
                .extracting(GenerationRecord::id).containsExactly("01jmember00000000000000003");
        assertThat(repository().recent(UserId.LOCAL, 10, java.util.Optional.empty())).isEmpty();
        assertThat(repository().findGeneration("01jmember00000000000000001").orElseThrow().owner()).isEqualTo(ben);
    }

    @Test
    void anEditKeepsItsOwner() {
        repository().saveGeneration(record("01jabcdefghjkmnpqrstvwxyz3", "idea"));
        EditRecord edit = edit("01jedit000000000000000009", "01jabcdefghjkmnpqrstvwxyz3", "A puppy");
        repository().appendEdit(new EditRecord(edit.id(), new UserId("ana"), edit.promptId(), 0, edit.original(),
                edit.edited(), edit.ops(), edit.stats(), edit.slotChanges(), Optional.empty(), edit.createdAt()));

        assertThat(repository().edits("01jabcdefghjkmnpqrstvwxyz3")).extracting(EditRecord::owner)
                .containsExactly(new UserId("ana"));
    }

    @Test
    void anIdCannotBeSavedTwice() {
        GenerationRecord first = record("01jabcdefghjkmnpqrstvwxyz2", "first");
        repository().saveGeneration(first);

        assertThatThrownBy(() -> repository().saveGeneration(record(first.id(), "second")))
                .isInstanceOf(RuntimeException.class);
        assertThat(repository().findGeneration(first.id()).orElseThrow().result().concept()).isEqualTo("first");
    }

    static GenerationRecord withKeys(String id, Instant at, String... keys) {
        List<TraceEntry> trace = new java.util.ArrayList<>();
        for (String key : keys) {
            trace.add(new TraceEntry(key.substring(key.indexOf('.') + 1), "subject", TraceEntry.Source.INPUT, "x", key));
        }
        PromptResult result = new PromptResult("idea " + id, Language.EN, Target.GENERIC, "animals", 0.9, 1.0, Map.of(), List.of(), IdeaStructure.EMPTY, "prompt of " + id, "blurry", trace, List.of());
        return new GenerationRecord(id, UserId.LOCAL, result, at);
    }

    @Test
    void theConceptKeyIndexCountsAndFindsTheNewestGenerationsPerKey() {
        Instant start = Instant.parse("2026-11-24T00:00:00Z");
        // the first 80 one by one, the rest in bulk: both index the same way
        List<GenerationRecord> bulk = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            GenerationRecord r = withKeys(String.format("01jkey%020d", i), start.plusSeconds(i),
                    "animal.puppy", i % 3 == 0 ? "action.run" : "action.sleep");
            if (i < 80) {
                repository().saveGeneration(r);
            } else {
                bulk.add(r);
            }
        }
        repository().saveGenerations(bulk);
        repository().saveGeneration(withKeys("01jkitten00000000000000000", start.plusSeconds(500), "animal.kitten"));

        assertThat(repository().conceptKeyCounts(List.of("animal.puppy", "action.run", "animal.kitten", "nothing")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("animal.puppy", 150L, "action.run", 50L, "animal.kitten", 1L));
        assertThat(repository().countGenerations()).isEqualTo(151);

        List<GenerationSummary> newest = repository().newestWithConceptKeys(counts("animal.puppy"), 100);
        assertThat(newest).hasSize(100);
        assertThat(newest.get(0)).isEqualTo(new GenerationSummary(String.format("01jkey%020d", 149), UserId.LOCAL,
                List.of("animal.puppy", "action.sleep"), start.plusSeconds(149)));
        assertThat(newest.get(99).id()).isEqualTo(String.format("01jkey%020d", 50));

        List<GenerationSummary> both = repository().newestWithConceptKeys(counts("animal.kitten", "action.run"), 5);
        assertThat(both).extracting(GenerationSummary::id).containsExactly("01jkitten00000000000000000",
                String.format("01jkey%020d", 147), String.format("01jkey%020d", 144),
                String.format("01jkey%020d", 141), String.format("01jkey%020d", 138), String.format("01jkey%020d", 135));
        assertThat(repository().newestWithConceptKeys(counts("nothing"), 5)).isEmpty();
        assertThat(repository().findGenerations(List.of(String.format("01jkey%020d", 120), "01jnothing0000000000000000",
                String.format("01jkey%020d", 3)))).containsExactly(
                Map.entry(String.format("01jkey%020d", 120), bulk.get(40)),
                Map.entry(String.format("01jkey%020d", 3), withKeys(String.format("01jkey%020d", 3), start.plusSeconds(3),
                        "animal.puppy", "action.run")));

        // read again after 40 more: the buckets read before (some now from a cache) and the new ones agree
        for (int i = 150; i < 190; i++) {
            repository().saveGeneration(withKeys(String.format("01jkey%020d", i), start.plusSeconds(i), "animal.puppy"));
        }
        List<GenerationSummary> later = repository().newestWithConceptKeys(counts("animal.puppy"), 150);
        assertThat(later).extracting(GenerationSummary::id).containsExactlyElementsOf(
                java.util.stream.IntStream.iterate(189, i -> i >= 40, i -> i - 1)
                        .mapToObj(i -> String.format("01jkey%020d", i)).toList());
    }

    /** The counts of the keys, in the order given, as the suggestion use case passes them. */
    private Map<String, Long> counts(String... keys) {
        Map<String, Long> found = repository().conceptKeyCounts(List.of(keys));
        Map<String, Long> ordered = new java.util.LinkedHashMap<>();
        for (String key : keys) {
            if (found.containsKey(key)) {
                ordered.put(key, found.get(key));
            }
        }
        return ordered;
    }

    @Test
    void editsOfSeveralPromptsAreReadTogetherOldestVersionFirst() {
        repository().saveGeneration(record("01jabcdefghjkmnpqrstvwxy10", "a"));
        repository().saveGeneration(record("01jabcdefghjkmnpqrstvwxy11", "b"));
        EditRecord a1 = repository().appendEdit(edit("01jedit000000000000000011", "01jabcdefghjkmnpqrstvwxy10", "A puppy"));
        EditRecord b1 = repository().appendEdit(edit("01jedit000000000000000012", "01jabcdefghjkmnpqrstvwxy11", "A dog"));
        EditRecord a2 = repository().appendEdit(edit("01jedit000000000000000013", "01jabcdefghjkmnpqrstvwxy10", "A pup"));

        Map<String, List<EditRecord>> edits = repository().editsOf(List.of("01jabcdefghjkmnpqrstvwxy10",
                "01jabcdefghjkmnpqrstvwxy11", "01jnoedits0000000000000000"));

        assertThat(edits).containsOnlyKeys("01jabcdefghjkmnpqrstvwxy10", "01jabcdefghjkmnpqrstvwxy11");
        assertThat(edits.get("01jabcdefghjkmnpqrstvwxy10")).containsExactly(a1, a2);
        assertThat(edits.get("01jabcdefghjkmnpqrstvwxy11")).containsExactly(b1);
    }
}
