package dev.videoagent.adapters.mongo;

import com.mongodb.client.MongoClient;
import dev.videoagent.core.port.HealthProbe;
import org.bson.Document;

public final class MongoHealthProbe implements HealthProbe {

    private final MongoClient client;
    private final String database;

    public MongoHealthProbe(MongoClient client, String database) {
        this.client = client;
        this.database = database;
    }

    @Override
    public String dependency() {
        return "mongo";
    }

    @Override
    public void check() {
        client.getDatabase(database).runCommand(new Document("ping", 1));
    }
}
