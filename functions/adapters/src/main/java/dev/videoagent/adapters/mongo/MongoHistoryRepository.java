package dev.videoagent.adapters.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.history.EditRecord;
import dev.videoagent.core.history.GenerationRecord;
import dev.videoagent.core.history.GenerationSummary;
import dev.videoagent.core.history.HistoryRepository;
import dev.videoagent.core.history.LearnedChange;
import dev.videoagent.core.history.ScopeTerms;
import dev.videoagent.core.history.VersionTakenException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * History in MongoDB/DocumentDB. User text is only ever stored as field values and matched with
 * {@link Filters#eq}/{@link Filters#in} on ids, never parsed into a query, so it cannot become an
 * operator. Every read on the request path is by {@code _id} or another unique key, so it is an
 * index lookup on DocumentDB and on the embedded server alike (which only indexes unique keys):
 * the concept-key index ({@link MongoConceptKeyIndex}) is kept as per-key counters plus posting buckets.
 */
public final class MongoHistoryRepository implements HistoryRepository {

    private static final Logger LOG = LoggerFactory.getLogger(MongoHistoryRepository.class);
    static final String GENERATIONS = "generations";
    static final String EDITS = "edits";
    static final String CONCEPT_KEYS = "concept_keys";
    static final String CONCEPT_POSTINGS = "concept_postings";
    static final String PROMPT_HEADS = "prompt_heads";
    static final String LEARNED_CHANGES = "learned_changes";
    static final String LEARNED_TERMS = "learned_terms";
    private static final int VERSION_ATTEMPTS = 20;

    private final MongoCollection<Document> generations;
    private final MongoCollection<Document> edits;
    private final MongoConceptKeyIndex index;
    private final MongoCollection<Document> heads;
    private final MongoCollection<Document> learnedChanges;
    private final MongoCollection<Document> learnedTerms;
    private volatile boolean indexed;

    public MongoHistoryRepository(MongoClient client, String database) {
        MongoDatabase db = client.getDatabase(database);
        this.generations = db.getCollection(GENERATIONS);
        this.edits = db.getCollection(EDITS);
        this.index = new MongoConceptKeyIndex(db.getCollection(CONCEPT_KEYS), db.getCollection(CONCEPT_POSTINGS));
        this.heads = db.getCollection(PROMPT_HEADS);
        this.learnedChanges = db.getCollection(LEARNED_CHANGES);
        this.learnedTerms = db.getCollection(LEARNED_TERMS);
    }

    /** Creates the indexes; safe to repeat. Called at start-up and, if that failed, on first use. */
    public void ensureIndexes() {
        try {
            generations.createIndex(Indexes.descending("createdAt"), new IndexOptions().name("createdAt_desc"));
            edits.createIndex(Indexes.ascending("versionKey"), new IndexOptions().name("versionKey_unique").unique(true));
            indexed = true;
        } catch (MongoException e) {
            LOG.warn("mongo: cannot create indexes yet: {}", e.getMessage());
        }
    }

    /** Inserts the generations, then adds them to the concept-key index. */
    @Override
    public void saveGenerations(List<GenerationRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        run(() -> {
            if (!indexed) {
                ensureIndexes();
            }
            generations.insertMany(records.stream().map(HistoryDocuments::generation).toList());
            index.add(records);
            return null;
        });
    }

    @Override
    public Map<String, GenerationRecord> findGenerations(Collection<String> ids) {
        return run(() -> {
            Map<String, GenerationRecord> found = new HashMap<>();
            for (Document d : generations.find(Filters.in("_id", new LinkedHashSet<>(ids)))) {
                GenerationRecord record = HistoryDocuments.generation(d);
                found.put(record.id(), record);
            }
            Map<String, GenerationRecord> out = new LinkedHashMap<>();
            ids.forEach(id -> Optional.ofNullable(found.get(id)).ifPresent(r -> out.put(id, r)));
            return out;
        });
    }

    @Override
    public Optional<GenerationRecord> findGeneration(String id) {
        return run(() -> Optional.ofNullable(generations.find(Filters.eq("_id", id)).first())
                .map(HistoryDocuments::generation));
    }

    @Override
    public EditRecord appendEdit(EditRecord edit) {
        return run(() -> {
            if (!indexed) {
                ensureIndexes();
            }
            if (edit.promptId() == null) {
                EditRecord stored = edit.withVersion(1);
                edits.insertOne(HistoryDocuments.edit(stored));
                return stored;
            }
            boolean exact = edit.version() > 0; // the version the editor saw plus one, or nothing
            Document head = exact ? null : heads.find(Filters.eq("_id", edit.promptId())).first();
            int version = exact ? edit.version() : head == null ? 1 : head.getInteger("versions") + 1;
            for (int attempt = 0; ; attempt++, version++) {
                EditRecord stored = edit.withVersion(version);
                try {
                    edits.insertOne(HistoryDocuments.edit(stored));
                } catch (MongoWriteException e) {
                    // the head is a hint: a version it does not know yet is taken, try the next one
                    boolean versionTaken = e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY
                            && edits.countDocuments(Filters.eq("_id", edit.id())) == 0;
                    if (versionTaken && exact) {
                        throw new VersionTakenException(edit.promptId(), version);
                    }
                    if (!versionTaken || attempt + 1 >= VERSION_ATTEMPTS) {
                        throw e;
                    }
                    continue;
                }
                try {
                    heads.updateOne(Filters.eq("_id", edit.promptId()), Updates.max("versions", version),
                            new UpdateOptions().upsert(true));
                } catch (MongoException e) {
                    LOG.warn("mongo: edit {} stored, version hint not updated: {}", edit.id(), e.getMessage());
                }
                return stored;
            }
        });
    }

    @Override
    public List<EditRecord> edits(String promptId) {
        return editsOf(List.of(promptId)).getOrDefault(promptId, List.of());
    }

    @Override
    public Map<String, List<EditRecord>> editsOf(Collection<String> promptIds) {
        return run(() -> {
            Map<String, Integer> known = new LinkedHashMap<>();
            for (String id : new LinkedHashSet<>(promptIds)) {
                known.put(id, 0);
            }
            for (Document head : heads.find(Filters.in("_id", known.keySet()))) {
                known.put(head.getString("_id"), head.getInteger("versions"));
            }
            Map<String, List<EditRecord>> found = new LinkedHashMap<>();
            // read the versions the heads name, plus a few past them in case a head lags behind
            Map<String, Integer> from = new LinkedHashMap<>();
            known.forEach((id, n) -> from.put(id, 1));
            Map<String, Integer> to = new LinkedHashMap<>();
            known.forEach((id, n) -> to.put(id, n + 2));
            while (!from.isEmpty()) {
                List<String> versionKeys = new ArrayList<>();
                from.forEach((id, first) -> {
                    for (int v = first; v <= to.get(id); v++) {
                        versionKeys.add(HistoryDocuments.versionKey(id, v));
                    }
                });
                Map<String, Integer> highest = new HashMap<>();
                for (Document d : edits.find(Filters.in("versionKey", versionKeys))) {
                    EditRecord e = HistoryDocuments.edit(d);
                    found.computeIfAbsent(e.promptId(), k -> new ArrayList<>()).add(e);
                    highest.merge(e.promptId(), e.version(), Math::max);
                }
                Map<String, Integer> next = new LinkedHashMap<>();
                from.forEach((id, first) -> {
                    if (highest.getOrDefault(id, 0) == to.get(id)) {
                        next.put(id, to.get(id) + 1);
                        to.put(id, to.get(id) + 8);
                    }
                });
                from.clear();
                from.putAll(next);
            }
            Map<String, List<EditRecord>> out = new LinkedHashMap<>();
            for (String id : known.keySet()) {
                List<EditRecord> list = found.get(id);
                if (list != null) {
                    list.sort(Comparator.comparingInt(EditRecord::version));
                    out.put(id, List.copyOf(list));
                }
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
                out.add(HistoryDocuments.generation(d));
            }
            return out;
        });
    }

    @Override
    public Map<String, Long> conceptKeyCounts(Collection<String> keys) {
        return run(() -> index.counts(keys));
    }

    @Override
    public List<GenerationSummary> newestWithConceptKeys(Collection<String> keys, int perKey) {
        return run(() -> index.newest(keys, perKey));
    }

    @Override
    public long countGenerations() {
        return run(generations::estimatedDocumentCount);
    }

    /**
     * Replaces the prompt's change atomically and applies (new - replaced) to the scope counters, so
     * concurrent writers telescope to counters that match the stored change. A change older than the
     * one it replaced is swapped back the same way.
     */
    @Override
    public void saveLearnedChange(LearnedChange change) {
        run(() -> {
            FindOneAndReplaceOptions upsert = new FindOneAndReplaceOptions().upsert(true)
                    .returnDocument(ReturnDocument.BEFORE);
            Document replaced = learnedChanges.findOneAndReplace(Filters.eq("_id", change.promptId()),
                    HistoryDocuments.learnedChange(change), upsert);
            LearnedChange previous = replaced == null ? null : HistoryDocuments.learnedChange(replaced);
            TermDeltas deltas = new TermDeltas();
            deltas.add(change, 1);
            deltas.add(previous, -1);
            if (previous != null && previous.version() > change.version()) {
                Document again = learnedChanges.findOneAndReplace(Filters.eq("_id", change.promptId()), replaced, upsert);
                deltas.add(previous, 1);
                deltas.add(again == null ? null : HistoryDocuments.learnedChange(again), -1);
            }
            List<UpdateOneModel<Document>> updates = deltas.updates();
            if (!updates.isEmpty()) {
                learnedTerms.bulkWrite(updates, new BulkWriteOptions().ordered(false));
            }
            return null;
        });
    }

    @Override
    public List<ScopeTerms> learnedTerms(Collection<String> scopes) {
        return run(() -> {
            Map<String, ScopeTerms> byScope = new HashMap<>();
            for (Document d : learnedTerms.find(Filters.in("_id", new LinkedHashSet<>(scopes)))) {
                long prompts = d.get("prompts", Number.class) == null ? 0 : d.get("prompts", Number.class).longValue();
                if (prompts > 0) {
                    byScope.put(d.getString("_id"), new ScopeTerms(d.getString("_id"), prompts,
                            TermDeltas.counts(d.get("added", Document.class)),
                            TermDeltas.counts(d.get("removed", Document.class))));
                }
            }
            List<ScopeTerms> out = new ArrayList<>();
            new LinkedHashSet<>(scopes).forEach(s -> Optional.ofNullable(byScope.get(s)).ifPresent(out::add));
            return out;
        });
    }

    private static <T> T run(Supplier<T> call) {
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
}
