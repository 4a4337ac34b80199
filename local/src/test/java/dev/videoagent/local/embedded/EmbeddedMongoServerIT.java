package dev.videoagent.local.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journaled store through the real driver: what it acknowledged is there after a restart, indexes included. */
class EmbeddedMongoServerIT {

    @TempDir
    Path dir;

    private static List<String> ids(MongoCollection<Document> collection) {
        List<String> out = new ArrayList<>();
        collection.find().forEach(d -> out.add(d.getString("_id")));
        return out;
    }

    @Test
    void writesUpdatesAndAUniqueIndexSurviveARestartAndAFailedWriteStaysFailed() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, "127.0.0.1");
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> edits = client.getDatabase("app").getCollection("edits");
            edits.createIndex(Indexes.ascending("versionKey"), new IndexOptions().name("versionKey_unique").unique(true));
            edits.insertOne(new Document("_id", "a").append("versionKey", "p#1"));
            assertThatThrownBy(() -> edits.insertOne(new Document("_id", "b").append("versionKey", "p#1")))
                    .isInstanceOf(MongoWriteException.class);
            edits.insertOne(new Document("_id", "c").append("versionKey", "p#2"));
            client.getDatabase("app").getCollection("counters").updateOne(Filters.eq("_id", "k"),
                    Updates.inc("count", 3L), new UpdateOptions().upsert(true));
            client.getDatabase("app").getCollection("counters").updateOne(Filters.eq("_id", "k"),
                    Updates.inc("count", 4L), new UpdateOptions().upsert(true));
            server.awaitDurable();
        }

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, "127.0.0.1");
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> edits = client.getDatabase("app").getCollection("edits");
            assertThat(ids(edits)).containsExactly("a", "c");
            assertThatThrownBy(() -> edits.insertOne(new Document("_id", "d").append("versionKey", "p#2")))
                    .as("the unique index came back").isInstanceOf(MongoWriteException.class);
            assertThat(client.getDatabase("app").getCollection("counters").find().first().get("count", Number.class)
                    .longValue()).isEqualTo(7);
        }
    }

    @Test
    void aDataDirectoryOfTheEarlierH2StoreIsCopiedInOnceAndKept() throws Exception {
        Path earlier = dir.resolve("mongo.mv.db");
        MVStore store = new MVStore.Builder().fileName(earlier.toString()).open();
        H2Backend h2 = new H2Backend(store);
        h2.version(ServerVersion.MONGO_5_0);
        MongoServer old = new MongoServer(h2);
        old.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + old.getLocalAddress().getPort())) {
            MongoCollection<Document> generations = client.getDatabase("app").getCollection("generations");
            generations.createIndex(Indexes.ascending("key"), new IndexOptions().name("key_unique").unique(true));
            for (int i = 0; i < 1200; i++) {
                generations.insertOne(new Document("_id", String.format("g%04d", i)).append("key", i));
            }
        }
        old.shutdownNow();
        h2.close();
        store.close();
        long before = Files.size(earlier);

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, "127.0.0.1");
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> generations = client.getDatabase("app").getCollection("generations");
            assertThat(generations.countDocuments()).isEqualTo(1200);
            assertThat(generations.find(Filters.eq("_id", "g0777")).first().getInteger("key")).isEqualTo(777);
            assertThatThrownBy(() -> generations.insertOne(new Document("_id", "x").append("key", 5)))
                    .isInstanceOf(MongoWriteException.class);
            generations.insertOne(new Document("_id", "new").append("key", 5000));
            server.awaitDurable();
        }
        assertThat(Files.size(earlier)).as("the old file is kept as it was").isEqualTo(before);

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, "127.0.0.1");
             MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(client.getDatabase("app").getCollection("generations").countDocuments())
                    .as("copied once: the journal is read from now on").isEqualTo(1201);
        }
    }
}
