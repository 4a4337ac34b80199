package dev.videoagent.local.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A backend's whole state as the commands that rebuild it: per collection a create, its secondary indexes and its
 * documents in batches. Read through the backend's own commands, so it works for any backend (the journaled one
 * when compacting, the H2 store of earlier versions when migrating).
 */
final class Snapshot {

    /** One command of a snapshot, against one database. */
    record Command(String database, Document command) {
    }

    private static final int BATCH = 500;
    private static final Set<String> SYSTEM_DATABASES = Set.of("admin", "local", "config");

    private Snapshot() {
    }

    static List<Command> of(AbstractMongoBackend backend, Channel channel) {
        List<Command> out = new ArrayList<>();
        Document databases = backend.handleCommand(channel, "admin", "listDatabases", new Document("listDatabases", 1));
        for (Object entry : (List<?>) databases.get("databases")) {
            String database = (String) ((Document) entry).get("name");
            if (SYSTEM_DATABASES.contains(database)) {
                continue;
            }
            for (Document collection : firstBatch(backend.handleCommand(channel, database, "listCollections",
                    new Document("listCollections", 1)))) {
                collection(backend, channel, database, (String) collection.get("name"), out);
            }
        }
        return out;
    }

    private static void collection(AbstractMongoBackend backend, Channel channel, String database, String name,
                                   List<Command> out) {
        out.add(new Command(database, new Document("create", name)));
        List<Document> indexes = new ArrayList<>();
        for (Document index : firstBatch(backend.handleCommand(channel, database, "listIndexes",
                new Document("listIndexes", name)))) {
            if (!"_id_".equals(index.get("name"))) {
                Document spec = new Document("key", index.get("key")).append("name", index.get("name"));
                if (Boolean.TRUE.equals(index.get("unique"))) {
                    spec.append("unique", true);
                }
                if (Boolean.TRUE.equals(index.get("sparse"))) {
                    spec.append("sparse", true);
                }
                indexes.add(spec);
            }
        }
        if (!indexes.isEmpty()) {
            out.add(new Command(database, new Document("createIndexes", name).append("indexes", indexes)));
        }
        MongoCollection<?> collection = backend.resolveDatabase(database).resolveCollection(name, false);
        if (collection == null) {
            return;
        }
        List<Document> batch = new ArrayList<>();
        for (Document document : collection.queryAll()) {
            batch.add(document);
            if (batch.size() == BATCH) {
                out.add(insert(database, name, batch));
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            out.add(insert(database, name, batch));
        }
    }

    private static Command insert(String database, String name, List<Document> documents) {
        return new Command(database, new Document("insert", name).append("documents", documents).append("ordered", true));
    }

    @SuppressWarnings("unchecked")
    private static List<Document> firstBatch(Document response) {
        return (List<Document>) ((Document) response.get("cursor")).get("firstBatch");
    }
}
