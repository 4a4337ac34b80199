package dev.videoagent.adapters.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import dev.videoagent.adapters.mongo.HistoryDocuments;
import dev.videoagent.adapters.mongo.MongoHistoryRepository;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.model.LearnedChange;
import dev.videoagent.core.model.ScopeTerms;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.port.HistoryRepository;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract against a Mongo wire-protocol server on a loopback socket, through the real driver. */
class MongoHistoryRepositoryIT extends HistoryRepositoryContract {

    private LoopbackMongo mongo;
    private MongoClient client;
    private MongoHistoryRepository repository;

    @BeforeEach
    void start() {
        mongo = new LoopbackMongo();
        client = mongo.client();
        repository = new MongoHistoryRepository(client, "videoagent_test");
        repository.ensureIndexes();
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Override
    protected HistoryRepository repository() {
        return repository;
    }

    @Test
    void aStoppedServerSurfacesAsDependencyUnavailable() {
        mongo.stopServer();

        assertThatThrownBy(() -> repository.saveGeneration(record("01jabcdefghjkmnpqrstvwxyz9", "x")))
                .isInstanceOf(DependencyUnavailableException.class)
                .extracting(e -> ((DependencyUnavailableException) e).dependency()).isEqualTo("mongo");
    }

    @Test
    void versionsStoredWithoutAHeadByEarlierVersionsGetOneAtStartAndAreRead() {
        repository.saveGeneration(record("01jlegacy00000000000000000", "legacy"));
        // as the earlier adapter left a prompt when it stopped between the version and its head
        for (int v = 1; v <= 2; v++) {
            client.getDatabase("videoagent_test").getCollection("edits").insertOne(HistoryDocuments.edit(
                    edit("01jlegacyedit00000000000" + v, "01jlegacy00000000000000000", "A pup " + v).withVersion(v)));
        }
        client.getDatabase("videoagent_test").getCollection("prompt_heads").deleteMany(new org.bson.Document());
        assertThat(repository.edits("01jlegacy00000000000000000")).isEmpty();

        MongoHistoryRepository restarted = new MongoHistoryRepository(client, "videoagent_test");
        restarted.ensureIndexes();

        assertThat(restarted.edits("01jlegacy00000000000000000")).extracting(e -> e.version()).containsExactly(1, 2);
        assertThat(restarted.appendEdit(edit("01jlegacyedit000000000003", "01jlegacy00000000000000000", "A pup 3")
                .withVersion(3)).version()).isEqualTo(3);
        assertThat(restarted.edits("01jlegacy00000000000000000")).hasSize(3);
    }

    @Test
    void postingsOfAKeyIndexedByAnEarlierVersionInBucketsOf32AreStillReadAndAddedTo() {
        java.time.Instant start = java.time.Instant.parse("2026-11-20T00:00:00Z");
        var db = client.getDatabase("videoagent_test");
        // as the earlier adapter left a key: a counter without a bucket size, buckets of 32
        java.util.List<org.bson.Document> first = new java.util.ArrayList<>();
        java.util.List<org.bson.Document> second = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            var summary = dev.videoagent.core.model.GenerationSummary.of(
                    withKeys(String.format("01jold%020d", i), start.plusSeconds(i), "animal.legacy"));
            (i < 32 ? first : second).add(HistoryDocuments.summary(summary));
        }
        db.getCollection("concept_keys").insertOne(new org.bson.Document("_id", "animal.legacy").append("count", 40L));
        db.getCollection("concept_postings").insertOne(new org.bson.Document("_id", "animal.legacy#0").append("entries", first));
        db.getCollection("concept_postings").insertOne(new org.bson.Document("_id", "animal.legacy#1").append("entries", second));

        Map<String, Long> counts = repository.conceptKeyCounts(java.util.List.of("animal.legacy"));
        assertThat(repository.newestWithConceptKeys(counts, 100)).hasSize(40)
                .first().extracting(s -> s.id()).isEqualTo(String.format("01jold%020d", 39));

        repository.saveGeneration(withKeys("01jnew00000000000000000000", start.plusSeconds(100), "animal.legacy"));

        assertThat(db.getCollection("concept_postings").find(new org.bson.Document("_id", "animal.legacy#1")).first()
                .getList("entries", org.bson.Document.class)).as("the new posting went into the key's 32-bucket").hasSize(9);
        var later = repository.newestWithConceptKeys(repository.conceptKeyCounts(java.util.List.of("animal.legacy")), 100);
        assertThat(later).hasSize(41).first().extracting(s -> s.id()).isEqualTo("01jnew00000000000000000000");
    }

    @Test
    void termsCountedBeforePeopleWereRecordedAreTheLocalUsersAndStayRightWhenTheirPromptsAreEditedAgain() {
        var db = client.getDatabase("videoagent_test");
        String term = HistoryDocuments.fieldName("golden retriever");
        // as the version before users left a scope: four edited prompts adding the term, nobody named
        db.getCollection("learned_terms").insertOne(new org.bson.Document("_id", "key:animal.puppy")
                .append("prompts", 4L).append("added", new org.bson.Document(term,
                        new org.bson.Document("t", "golden retriever").append("n", 4L))));
        for (int i = 1; i <= 4; i++) {
            org.bson.Document change = HistoryDocuments.learnedChange(new LearnedChange("old" + i, UserId.LOCAL, 1,
                    java.util.List.of("key:animal.puppy"),
                    java.util.List.of(new LearnedChange.AddedTerm("golden retriever", java.util.List.of())),
                    java.util.List.of()));
            change.remove(HistoryDocuments.OWNER);
            db.getCollection("learned_changes").insertOne(change);
        }

        // one of those prompts edited back, and a new person's prompt adding the term
        repository.saveLearnedChange(new LearnedChange("old1", UserId.LOCAL, 2, java.util.List.of("key:animal.puppy"),
                java.util.List.of(), java.util.List.of()));
        repository.saveLearnedChange(new LearnedChange("new1", new UserId("ana"), 1,
                java.util.List.of("key:animal.puppy"),
                java.util.List.of(new LearnedChange.AddedTerm("golden retriever", java.util.List.of())),
                java.util.List.of()));

        ScopeTerms scope = repository.learnedTerms(java.util.List.of("key:animal.puppy")).get(0);
        assertThat(scope.editedPrompts()).isEqualTo(4);
        assertThat(scope.editors()).isEqualTo(Map.of("local", 3L, "ana", 1L));
        assertThat(scope.added()).singleElement().satisfies(t -> {
            assertThat(t.prompts()).isEqualTo(4);
            assertThat(t.people()).isEqualTo(Map.of("local", 3L, "ana", 1L));
        });
    }

    @Test
    void createsTheCreatedAtIndexAtStart() {
        assertThat(client.getDatabase("videoagent_test").getCollection("generations").listIndexes())
                .anyMatch(index -> "createdAt_desc".equals(index.getString("name")));
    }
}
