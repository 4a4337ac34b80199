package dev.videoagent.adapters.mongo;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.model.Rating;
import dev.videoagent.core.model.RenderJobRecord;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.model.VideoBackend;
import dev.videoagent.core.port.RenderJobRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Render jobs in MongoDB/DocumentDB: {@code render_jobs} by job id, and {@code render_requests} mapping
 * a request hash to its newest job; a prompt's renders and the recent ones through two indexes.
 */
public final class MongoRenderJobRepository implements RenderJobRepository {

    private static final Logger LOG = LoggerFactory.getLogger(MongoRenderJobRepository.class);

    private final MongoCollection<Document> jobs;
    private final MongoCollection<Document> requests;

    public MongoRenderJobRepository(MongoClient client, String database) {
        MongoDatabase db = client.getDatabase(database);
        this.jobs = db.getCollection("render_jobs");
        this.requests = db.getCollection("render_requests");
    }

    /** A prompt's renders and the recent ones without a collection scan (DocumentDB has no index it was not given). */
    public void ensureIndexes() {
        try {
            jobs.createIndex(Indexes.compoundIndex(Indexes.ascending("promptId"), Indexes.ascending("createdAt")),
                    new IndexOptions().name("promptId_createdAt"));
            jobs.createIndex(Indexes.ascending("createdAt"), new IndexOptions().name("createdAt"));
        } catch (MongoException e) {
            LOG.warn("mongo: cannot create the render job indexes yet: {}", e.getMessage());
        }
    }

    @Override
    public void save(RenderJobRecord r) {
        run(() -> {
            jobs.insertOne(new Document("_id", r.jobId()).append(HistoryDocuments.OWNER, r.owner().value())
                    .append("prompt", r.prompt())
                    .append("concept", r.concept().orElse(null)).append("promptId", r.promptId().orElse(null))
                    .append("promptVersion", r.promptVersion().orElse(null))
                    .append("durationSeconds", r.settings().durationSeconds()).append("width", r.settings().width())
                    .append("height", r.settings().height()).append("fps", r.settings().fps())
                    .append("requestHash", r.requestHash()).append("videoKey", r.videoKey())
                    .append("posterKey", r.posterKey()).append("createdAt", Date.from(r.createdAt()))
                    .append("backend", r.backend().key()).append("negativePrompt", r.negativePrompt().orElse(null)));
            // written after the job: a hash never points at a job that is not there
            requests.replaceOne(Filters.eq("_id", r.requestHash()), new Document("_id", r.requestHash())
                    .append("jobId", r.jobId()), new ReplaceOptions().upsert(true));
            return null;
        });
    }

    @Override
    public List<RenderJobRecord> createdSince(Instant since) {
        return run(() -> {
            List<RenderJobRecord> out = new ArrayList<>();
            for (Document d : jobs.find(Filters.gte("createdAt", Date.from(since))).sort(Sorts.ascending("createdAt"))) {
                out.add(record(d));
            }
            return out;
        });
    }

    @Override
    public void rate(String jobId, Rating rating) {
        run(() -> jobs.updateOne(Filters.eq("_id", jobId), Updates.set("rating", HistoryDocuments.rating(rating))));
    }

    @Override
    public List<RenderJobRecord> ofPrompt(String promptId) {
        return run(() -> {
            List<RenderJobRecord> out = new ArrayList<>();
            for (Document d : jobs.find(Filters.eq("promptId", promptId)).sort(Sorts.ascending("createdAt", "_id"))) {
                out.add(record(d));
            }
            return out;
        });
    }

    @Override
    public Optional<RenderJobRecord> find(String jobId) {
        return run(() -> Optional.ofNullable(jobs.find(Filters.eq("_id", jobId)).first()).map(MongoRenderJobRepository::record));
    }

    @Override
    public Optional<RenderJobRecord> findByRequestHash(String requestHash) {
        return run(() -> Optional.ofNullable(requests.find(Filters.eq("_id", requestHash)).first())
                .flatMap(d -> Optional.ofNullable(jobs.find(Filters.eq("_id", d.getString("jobId"))).first()))
                .map(MongoRenderJobRepository::record));
    }

    private static RenderJobRecord record(Document d) {
        return new RenderJobRecord(d.getString("_id"), UserId.ofStored(d.getString(HistoryDocuments.OWNER)),
                d.getString("prompt"), Optional.ofNullable(d.getString("concept")),
                Optional.ofNullable(d.getString("promptId")), Optional.ofNullable(d.getInteger("promptVersion")),
                new RenderSettings(d.getInteger("durationSeconds"),
                d.getInteger("width"), d.getInteger("height"), d.getInteger("fps")), d.getString("requestHash"),
                d.getString("videoKey"), d.getString("posterKey"), d.getDate("createdAt").toInstant(),
                Optional.ofNullable(d.get("rating", Document.class)).map(HistoryDocuments::rating),
                // jobs stored before backends were chosen per job were all procedural
                Optional.ofNullable(d.getString("backend")).flatMap(VideoBackend::fromKey).orElse(VideoBackend.PROCEDURAL),
                Optional.ofNullable(d.getString("negativePrompt")));
    }

    private static <T> T run(Supplier<T> call) {
        try {
            return call.get();
        } catch (MongoException e) {
            throw new DependencyUnavailableException("mongo", e);
        }
    }
}
