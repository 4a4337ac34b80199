package dev.videoagent.adapters.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.videoagent.core.history.ConceptKeys;
import dev.videoagent.core.history.GenerationRecord;
import dev.videoagent.core.history.GenerationSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * The concept-key index of the history: per key a counter of entries and posting buckets of {@value #BUCKET}
 * summaries, every read by {@code _id} (an index lookup on DocumentDB and on the embedded server, which only
 * indexes unique keys). Callers map Mongo failures.
 */
final class MongoConceptKeyIndex {

    static final int BUCKET = 32;

    private final MongoCollection<Document> counters;
    private final MongoCollection<Document> postings;

    MongoConceptKeyIndex(MongoCollection<Document> counters, MongoCollection<Document> postings) {
        this.counters = counters;
        this.postings = postings;
    }

    /**
     * Per concept key reserves a range of posting positions with one atomic counter increment and pushes the
     * entries into the buckets those positions fall in.
     */
    void add(List<GenerationRecord> records) {
        Map<String, List<Document>> entriesByKey = new LinkedHashMap<>();
        for (GenerationRecord record : records) {
            Document entry = HistoryDocuments.summary(GenerationSummary.of(record));
            ConceptKeys.of(record.result()).forEach(k -> entriesByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(entry));
        }
        List<UpdateOneModel<Document>> pushes = new ArrayList<>();
        entriesByKey.forEach((key, entries) -> {
            Document counter = counters.findOneAndUpdate(Filters.eq("_id", key),
                    Updates.inc("count", (long) entries.size()),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            long first = counter.get("count", Number.class).longValue() - entries.size();
            Map<Long, List<Document>> byBucket = new TreeMap<>();
            for (int i = 0; i < entries.size(); i++) {
                byBucket.computeIfAbsent((first + i) / BUCKET, b -> new ArrayList<>()).add(entries.get(i));
            }
            byBucket.forEach((bucket, list) -> pushes.add(new UpdateOneModel<>(Filters.eq("_id", bucketId(key, bucket)),
                    Updates.pushEach("entries", list), new UpdateOptions().upsert(true))));
        });
        if (!pushes.isEmpty()) {
            postings.bulkWrite(pushes, new BulkWriteOptions().ordered(false));
        }
    }

    /** How many generations carry each key (keys with none are absent). */
    Map<String, Long> counts(Collection<String> keys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Document d : counters.find(Filters.in("_id", new LinkedHashSet<>(keys)))) {
            long n = d.get("count", Number.class).longValue();
            if (n > 0) {
                counts.put(d.getString("_id"), n);
            }
        }
        return counts;
    }

    /** The newest {@code perKey} generations of each key, newest first, each once. */
    List<GenerationSummary> newest(Collection<String> keys, int perKey) {
        Map<String, Long> counts = counts(keys);
        // the newest perKey entries sit in the last buckets; the last one may be partly filled
        int buckets = (perKey + BUCKET - 1) / BUCKET + 1;
        List<String> ids = new ArrayList<>();
        counts.forEach((key, n) -> {
            long last = (n - 1) / BUCKET;
            for (long b = last; b >= 0 && b > last - buckets; b--) {
                ids.add(bucketId(key, b));
            }
        });
        Map<String, List<GenerationSummary>> byKey = new TreeMap<>();
        for (Document bucket : postings.find(Filters.in("_id", ids))) {
            String id = bucket.getString("_id");
            String key = id.substring(0, id.lastIndexOf('#'));
            List<GenerationSummary> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            HistoryDocuments.documents(bucket.get("entries")).forEach(e -> list.add(HistoryDocuments.summary(e)));
        }
        Map<String, GenerationSummary> out = new LinkedHashMap<>();
        for (String key : new LinkedHashSet<>(keys)) {
            byKey.getOrDefault(key, List.of()).stream()
                    .sorted(Comparator.comparing(GenerationSummary::createdAt)
                            .thenComparing(GenerationSummary::id).reversed())
                    .limit(perKey).forEach(s -> out.putIfAbsent(s.id(), s));
        }
        return new ArrayList<>(out.values());
    }

    private static String bucketId(String key, long bucket) {
        return key + "#" + bucket;
    }
}
