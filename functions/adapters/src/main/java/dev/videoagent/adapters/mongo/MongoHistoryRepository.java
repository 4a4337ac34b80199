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
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.model.EditRecord;
import dev.videoagent.core.model.GenerationRecord;
import dev.videoagent.core.model.GenerationSummary;
import dev.videoagent.core.model.LearnedChange;
import dev.videoagent.core.model.ScopeTerms;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.port.HistoryRepository;
import java.util.ArrayList;
import java.util.Collection;
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
    /** A stored generation never changes: the suggestion shortlist reads the same few hundred again and again. */
    private static final int CACHED_GENERATIONS = 4096;
    private static final long COUNT_FOR_NANOS = 1_000_000_000L;

    private final MongoCollection<Document> generations;
    private final MongoEditLog editLog;
    private final MongoConceptKeyIndex index;
    private final MongoCollection<Document> learnedChanges;
    private final MongoCollection<Document> learnedTerms;
    private final BoundedCache<String, GenerationRecord> cachedGenerations = new BoundedCache<>(CACHED_GENERATIONS);
    private volatile boolean indexed;
    /** The count and when it was read ({@link System#nanoTime}); this process's own saves are added at once. */
    private record GenerationCount(long value, long readAt) {
    }

    private volatile GenerationCount generationCount = new GenerationCount(0, System.nanoTime() - COUNT_FOR_NANOS);

    public MongoHistoryRepository(MongoClient client, String database) {
        MongoDatabase db = client.getDatabase(database);
        this.generations = db.getCollection(GENERATIONS);
        this.editLog = new MongoEditLog(db.getCollection(EDITS), db.getCollection(PROMPT_HEADS));
        this.index = new MongoConceptKeyIndex(db.getCollection(CONCEPT_KEYS), db.getCollection(CONCEPT_POSTINGS));
        this.learnedChanges = db.getCollection(LEARNED_CHANGES);
        this.learnedTerms = db.getCollection(LEARNED_TERMS);
    }

    /** Creates the indexes; safe to repeat. Called at start-up and, if that failed, on first use. */
    public void ensureIndexes() {
        try {
            generations.createIndex(Indexes.descending("createdAt"), new IndexOptions().name("createdAt_desc"));
            generations.createIndex(Indexes.compoundIndex(Indexes.ascending(HistoryDocuments.OWNER),
                    Indexes.descending("createdAt")), new IndexOptions().name("owner_createdAt_desc"));
            editLog.ensureIndexes();
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
            records.forEach(r -> cachedGenerations.put(r.id(), r));
            GenerationCount known = generationCount;
            generationCount = new GenerationCount(known.value() + records.size(), known.readAt());
            index.add(records);
            return null;
        });
    }

    @Override
    public Map<String, GenerationRecord> findGenerations(Collection<String> ids) {
        return run(() -> {
            Map<String, GenerationRecord> found = new HashMap<>();
            List<String> toRead = new ArrayList<>();
            for (String id : new LinkedHashSet<>(ids)) {
                cachedGenerations.get(id).ifPresentOrElse(r -> found.put(id, r), () -> toRead.add(id));
            }
            if (!toRead.isEmpty()) {
                for (Document d : generations.find(Filters.in("_id", toRead))) {
                    GenerationRecord record = HistoryDocuments.generation(d);
                    found.put(record.id(), record);
                    cachedGenerations.put(record.id(), record);
                }
            }
            Map<String, GenerationRecord> out = new LinkedHashMap<>();
            ids.forEach(id -> Optional.ofNullable(found.get(id)).ifPresent(r -> out.put(id, r)));
            return out;
        });
    }

    @Override
    public Optional<GenerationRecord> findGeneration(String id) {
        return Optional.ofNullable(findGenerations(List.of(id)).get(id));
    }

    @Override
    public EditRecord appendEdit(EditRecord edit) {
        return run(() -> {
            if (!indexed) {
                ensureIndexes();
            }
            return editLog.append(edit);
        });
    }

    @Override
    public List<EditRecord> edits(String promptId) {
        return editsOf(List.of(promptId)).getOrDefault(promptId, List.of());
    }

    @Override
    public Map<String, List<EditRecord>> editsOf(Collection<String> promptIds) {
        return run(() -> editLog.of(promptIds));
    }

    @Override
    public List<GenerationRecord> recent(UserId owner, int limit, Optional<String> beforeId) {
        return run(() -> {
            Bson filter = HistoryDocuments.ownedBy(owner);
            if (beforeId.isPresent()) {
                Document cursor = generations.find(Filters.and(Filters.eq("_id", beforeId.get()), filter)).first();
                if (cursor == null) {
                    return List.<GenerationRecord>of();
                }
                Date at = cursor.getDate("createdAt");
                filter = Filters.and(filter, Filters.or(Filters.lt("createdAt", at),
                        Filters.and(Filters.eq("createdAt", at), Filters.lt("_id", beforeId.get()))));
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
    public List<GenerationSummary> newestWithConceptKeys(Map<String, Long> keyCounts, int perKey) {
        return run(() -> index.newest(keyCounts, perKey));
    }

    /** Read again at most once a second (it weighs concept keys, so other writers' last second hardly matters). */
    @Override
    public long countGenerations() {
        GenerationCount known = generationCount;
        if (System.nanoTime() - known.readAt() < COUNT_FOR_NANOS) {
            return known.value();
        }
        long counted = run(generations::estimatedDocumentCount);
        generationCount = new GenerationCount(counted, System.nanoTime());
        return counted;
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
                            TermDeltas.counts(d.get("removed", Document.class)),
                            TermDeltas.people(d.get("editors", Document.class), prompts),
                            TermDeltas.upRated(d.get("editors", Document.class))));
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
