package dev.videoagent.adapters.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import dev.videoagent.adapters.mongo.MongoPromptAnnotationRepository;
import dev.videoagent.adapters.mongo.MongoRenderJobRepository;
import dev.videoagent.core.model.Rating;
import dev.videoagent.core.model.RenderJobRecord;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.port.PromptAnnotationRepository;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The annotation contract, and render ratings and versions, against a Mongo wire-protocol server on loopback. */
class MongoPromptAnnotationRepositoryIT extends PromptAnnotationRepositoryContract {

    private LoopbackMongo mongo;
    private MongoClient client;
    private MongoPromptAnnotationRepository repository;

    @BeforeEach
    void start() {
        mongo = new LoopbackMongo();
        client = mongo.client();
        repository = new MongoPromptAnnotationRepository(client, "videoagent_test");
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Override
    protected PromptAnnotationRepository repository() {
        return repository;
    }

    @Test
    void aRenderKeepsTheVersionItIsOfAndItsRatingAndIsFoundByItsPrompt() {
        MongoRenderJobRepository jobs = new MongoRenderJobRepository(client, "videoagent_test");
        jobs.ensureIndexes();
        jobs.ensureIndexes(); // again, as every start does
        assertThat(client.getDatabase("videoagent_test").getCollection("render_jobs").listIndexes()
                .map(index -> index.getString("name")).into(new java.util.ArrayList<>()))
                .contains("promptId_createdAt", "createdAt");
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        for (int i = 0; i < 3; i++) {
            jobs.save(new RenderJobRecord("01jjob000000000000000000" + i + "0", new UserId("ana"), "p" + i,
                    Optional.empty(), Optional.of(i < 2 ? "01jprompt0000000000000000" : "01jother00000000000000000"),
                    i == 0 ? Optional.of(1) : Optional.empty(), new RenderSettings(5, 640, 360, 24), "h" + i, "v", "p",
                    at.plusSeconds(i), Optional.empty()));
        }

        jobs.rate("01jjob00000000000000000000", new Rating(Rating.Score.DOWN, Optional.of("blurry"), at));

        assertThat(jobs.ofPrompt("01jprompt0000000000000000")).extracting(RenderJobRecord::jobId)
                .containsExactly("01jjob00000000000000000000", "01jjob00000000000000000010");
        RenderJobRecord rated = jobs.find("01jjob00000000000000000000").orElseThrow();
        assertThat(rated.promptVersion()).contains(1);
        assertThat(rated.rating()).contains(new Rating(Rating.Score.DOWN, Optional.of("blurry"), at));
        assertThat(jobs.find("01jjob00000000000000000010").orElseThrow().rating()).isEmpty();
    }
}
