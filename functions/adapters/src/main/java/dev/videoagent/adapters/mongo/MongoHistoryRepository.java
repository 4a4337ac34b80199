package dev.videoagent.adapters.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import dev.videoagent.core.diff.SlotPatch;
import dev.videoagent.core.diff.WordDiff;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.history.ConceptKeys;
import dev.videoagent.core.history.EditRecord;
import org.bson.conversions.Bson;
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
    static final String EDITS = "edits";
    private static final int VERSION_ATTEMPTS = 5;

    private final MongoCollection<Document> generations;
    private final MongoCollection<Document> edits;
    private volatile boolean indexed;

    public MongoHistoryRepository(MongoClient client, String database) {
        this.generations = client.getDatabase(database).getCollection(GENERATIONS);
        this.edits = client.getDatabase(database).getCollection(EDITS);
    }

    /** Creates the indexes; safe to repeat. Called at start-up and, if that failed, on first use. */
    public void ensureIndexes() {
        try {
            generations.createIndex(Indexes.descending("createdAt"), new IndexOptions().name("createdAt_desc"));
            // one document per (prompt, version): two concurrent edits cannot both become version n
            edits.createIndex(Indexes.ascending("versionKey"), new IndexOptions().name("versionKey_unique").unique(true));
            edits.createIndex(Indexes.ascending("promptId"), new IndexOptions().name("promptId"));
            // the inverted index of suggestions: concept key -> generations
            generations.createIndex(Indexes.ascending("conceptKeys"), new IndexOptions().name("conceptKeys"));
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

    @Override
    public EditRecord appendEdit(EditRecord edit) {
        return run(() -> {
            if (!indexed) {
                ensureIndexes();
            }
            for (int attempt = 0; ; attempt++) {
                int version = edit.promptId() == null ? 1 : nextVersion(edit.promptId());
                EditRecord stored = edit.withVersion(version);
                try {
                    edits.insertOne(toDocument(stored));
                    return stored;
                } catch (MongoWriteException e) {
                    boolean lostRace = e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY
                            && edits.countDocuments(Filters.eq("_id", edit.id())) == 0;
                    if (!lostRace || attempt + 1 >= VERSION_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        });
    }

    private int nextVersion(String promptId) {
        Document last = edits.find(Filters.eq("promptId", promptId)).sort(Sorts.descending("version")).limit(1).first();
        return last == null ? 1 : last.getInteger("version") + 1;
    }

    @Override
    public List<EditRecord> edits(String promptId) {
        return run(() -> {
            List<EditRecord> out = new ArrayList<>();
            for (Document d : edits.find(Filters.eq("promptId", promptId)).sort(Sorts.ascending("version"))) {
                out.add(editFromDocument(d));
            }
            return out;
        });
    }

    @Override
    public List<GenerationRecord> recent(int limit, Optional<String> beforeId) {
        return run(() -> {
            Bson filter = new Document();
            if (beforeId.isPresent()) {
                Document cursor = generations.find(Filters.eq("_id", beforeId.get())).first();
                if (cursor == null) {
                    return List.<GenerationRecord>of();
                }
                Date at = cursor.getDate("createdAt");
                filter = Filters.or(Filters.lt("createdAt", at),
                        Filters.and(Filters.eq("createdAt", at), Filters.lt("_id", beforeId.get())));
            }
            List<GenerationRecord> out = new ArrayList<>();
            for (Document d : generations.find(filter).sort(Sorts.orderBy(Sorts.descending("createdAt"),
                    Sorts.descending("_id"))).limit(limit)) {
                out.add(fromDocument(d));
            }
            return out;
        });
    }

    @Override
    public List<GenerationRecord> withConceptKey(String key, int limit) {
        return run(() -> {
            List<GenerationRecord> out = new ArrayList<>();
            for (Document d : generations.find(Filters.eq("conceptKeys", key))
                    .sort(Sorts.descending("createdAt")).limit(limit)) {
                out.add(fromDocument(d));
            }
            return out;
        });
    }

    @Override
    public long countWithConceptKey(String key) {
        return run(() -> generations.countDocuments(Filters.eq("conceptKeys", key)));
    }

    @Override
    public long countGenerations() {
        return run(generations::estimatedDocumentCount);
    }

    static Document toDocument(EditRecord e) {
        List<Document> ops = new ArrayList<>();
        for (WordDiff.Op op : e.ops()) {
            ops.add(new Document("op", op.op()).append("position", op.position()).append("before", op.before())
                    .append("after", op.after()));
        }
        List<Document> slotOps = new ArrayList<>();
        for (SlotPatch.Op op : e.slotChanges()) {
            slotOps.add(new Document("op", op.op()).append("path", op.path()).append("value", op.value()));
        }
        WordDiff.Stats s = e.stats();
        return new Document("_id", e.id())
                .append("promptId", e.promptId())
                .append("version", e.version())
                .append("versionKey", e.promptId() == null ? "free#" + e.id() : e.promptId() + "#" + e.version())
                .append("original", e.original())
                .append("edited", e.edited())
                .append("ops", ops)
                .append("stats", new Document("inserted", s.inserted()).append("deleted", s.deleted())
                        .append("replaced", s.replaced()).append("wordsBefore", s.wordsBefore())
                        .append("wordsAfter", s.wordsAfter()).append("similarity", s.similarity()))
                .append("slotChanges", slotOps)
                .append("createdAt", Date.from(e.createdAt()));
    }

    static EditRecord editFromDocument(Document d) {
        List<WordDiff.Op> ops = new ArrayList<>();
        for (Document op : d.getList("ops", Document.class, List.of())) {
            ops.add(new WordDiff.Op(op.getString("op"), op.getInteger("position"), strings(op.get("before")),
                    strings(op.get("after"))));
        }
        List<SlotPatch.Op> slotOps = new ArrayList<>();
        for (Document op : d.getList("slotChanges", Document.class, List.of())) {
            slotOps.add(new SlotPatch.Op(op.getString("op"), op.getString("path"), op.getString("value")));
        }
        Document s = d.get("stats", Document.class);
        WordDiff.Stats stats = new WordDiff.Stats(s.getInteger("inserted"), s.getInteger("deleted"),
                s.getInteger("replaced"), s.getInteger("wordsBefore"), s.getInteger("wordsAfter"),
                s.getDouble("similarity"));
        return new EditRecord(d.getString("_id"), d.getString("promptId"), d.getInteger("version"),
                d.getString("original"), d.getString("edited"), ops, stats, slotOps, d.getDate("createdAt").toInstant());
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
                .append("conceptKeys", ConceptKeys.of(r))
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
