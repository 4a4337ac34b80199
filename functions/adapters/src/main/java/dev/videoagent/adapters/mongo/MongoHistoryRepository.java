package dev.videoagent.adapters.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.history.GenerationRecord;
import dev.videoagent.core.history.HistoryRepository;
import dev.videoagent.core.prompt.PromptResult;
import dev.videoagent.core.prompt.TraceEntry;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * History in MongoDB/DocumentDB. User text is only ever stored as field values and matched with
 * {@link Filters#eq}, never parsed into a query, so it cannot become an operator.
 */
public final class MongoHistoryRepository implements HistoryRepository {

    private static final Logger LOG = LoggerFactory.getLogger(MongoHistoryRepository.class);
    static final String GENERATIONS = "generations";

    private final MongoCollection<Document> generations;
    private volatile boolean indexed;

    public MongoHistoryRepository(MongoClient client, String database) {
        this.generations = client.getDatabase(database).getCollection(GENERATIONS);
    }

    /** Creates the indexes; safe to repeat. Called at start-up and, if that failed, on first use. */
    public void ensureIndexes() {
        try {
            generations.createIndex(Indexes.descending("createdAt"), new IndexOptions().name("createdAt_desc"));
            indexed = true;
        } catch (MongoException e) {
            LOG.warn("mongo: cannot create indexes yet: {}", e.getMessage());
        }
    }

    @Override
    public void saveGeneration(GenerationRecord record) {
        run(() -> {
            if (!indexed) {
                ensureIndexes();
            }
            generations.insertOne(toDocument(record));
            return null;
        });
    }

    @Override
    public Optional<GenerationRecord> findGeneration(String id) {
        return run(() -> Optional.ofNullable(generations.find(Filters.eq("_id", id)).first())
                .map(MongoHistoryRepository::fromDocument));
    }

    private static <T> T run(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new IllegalStateException("record id exists already", e);
            }
            throw new DependencyUnavailableException("mongo", e);
        } catch (MongoException e) {
            throw new DependencyUnavailableException("mongo", e);
        }
    }

    static Document toDocument(GenerationRecord record) {
        PromptResult r = record.result();
        List<Document> trace = new ArrayList<>();
        for (TraceEntry entry : r.trace()) {
            trace.add(new Document("term", entry.term()).append("slot", entry.slot()).append("source", entry.source())
                    .append("from", entry.from()).append("conceptId", entry.conceptId()));
        }
        Document slots = new Document();
        r.slots().forEach(slots::append);
        return new Document("_id", record.id())
                .append("concept", r.concept())
                .append("language", r.language())
                .append("category", r.category())
                .append("confidence", r.confidence())
                .append("slots", slots)
                .append("styles", r.styles())
                .append("prompt", r.prompt())
                .append("negativePrompt", r.negativePrompt())
                .append("trace", trace)
                .append("unrecognized", r.unrecognized())
                .append("createdAt", Date.from(record.createdAt()));
    }

    static GenerationRecord fromDocument(Document d) {
        Map<String, List<String>> slots = new LinkedHashMap<>();
        Document slotDoc = d.get("slots", Document.class);
        if (slotDoc != null) {
            slotDoc.forEach((k, v) -> slots.put(k, strings(v)));
        }
        List<TraceEntry> trace = new ArrayList<>();
        for (Document t : d.getList("trace", Document.class, List.of())) {
            trace.add(new TraceEntry(t.getString("term"), t.getString("slot"), t.getString("source"),
                    t.getString("from"), t.getString("conceptId")));
        }
        PromptResult result = new PromptResult(d.getString("concept"), d.getString("language"),
                d.getString("category"), d.getDouble("confidence"), slots, strings(d.get("styles")),
                d.getString("prompt"), d.getString("negativePrompt"), trace, strings(d.get("unrecognized")));
        return new GenerationRecord(d.getString("_id"), result, d.getDate("createdAt").toInstant());
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                out.add(String.valueOf(item));
            }
        }
        return out;
    }
}
