package dev.videoagent.adapters.history;

import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.videoagent.adapters.mongo.MongoClients;
import dev.videoagent.core.config.AppConfig;
import java.util.Map;

/** A Mongo wire-protocol server on a free loopback port and a client made as the service makes its own. */
final class LoopbackMongo implements AutoCloseable {

    static final String DATABASE = "videoagent_test";

    private final MongoServer server;
    private final MongoClient client;

    LoopbackMongo() {
        MemoryBackend backend = new MemoryBackend();
        backend.version(ServerVersion.MONGO_5_0);
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        client = MongoClients.create(AppConfig.fromEnv(Map.of("AWS_REGION", "us-east-1", "VIDEO_BUCKET", "videos",
                "MONGODB_URI", "mongodb://127.0.0.1:" + server.getLocalAddress().getPort(),
                "REDIS_URL", "redis://127.0.0.1:1", "DEPENDENCY_TIMEOUT_MS", "300")));
    }

    MongoClient client() {
        return client;
    }

    /** Stops the server under the client, as a crashed database would. */
    void stopServer() {
        server.shutdownNow();
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
