package dev.videoagent.adapters.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.videoagent.adapters.mongo.MongoClients;
import dev.videoagent.adapters.mongo.MongoHistoryRepository;
import dev.videoagent.core.config.AppConfig;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.history.HistoryRepository;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract against a Mongo wire-protocol server on a loopback socket, through the real driver. */
class MongoHistoryRepositoryIT extends HistoryRepositoryContract {

    private MongoServer server;
    private MongoClient client;
    private MongoHistoryRepository repository;

    @BeforeEach
    void start() {
        MemoryBackend backend = new MemoryBackend();
        backend.version(ServerVersion.MONGO_5_0);
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        client = MongoClients.create(config("mongodb://127.0.0.1:" + server.getLocalAddress().getPort()));
        repository = new MongoHistoryRepository(client, "videoagent_test");
        repository.ensureIndexes();
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private static AppConfig config(String mongoUri) {
        return AppConfig.fromEnv(Map.of("AWS_REGION", "us-east-1", "VIDEO_BUCKET", "videos", "MONGODB_URI", mongoUri,
                "REDIS_URL", "redis://127.0.0.1:1", "DEPENDENCY_TIMEOUT_MS", "300"));
    }

    @Override
    protected HistoryRepository repository() {
        return repository;
    }

    @Test
    void aStoppedServerSurfacesAsDependencyUnavailable() {
        server.shutdownNow();

        assertThatThrownBy(() -> repository.saveGeneration(record("01jabcdefghjkmnpqrstvwxyz9", "x")))
                .isInstanceOf(DependencyUnavailableException.class)
                .extracting(e -> ((DependencyUnavailableException) e).dependency()).isEqualTo("mongo");
    }

    @Test
    void createsTheCreatedAtIndexAtStart() {
        assertThat(client.getDatabase("videoagent_test").getCollection("generations").listIndexes())
                .anyMatch(index -> "createdAt_desc".equals(index.getString("name")));
    }
}
