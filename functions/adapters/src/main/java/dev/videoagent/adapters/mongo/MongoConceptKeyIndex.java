package dev.videoagent.adapters.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.videoagent.adapters.bson.ModelDocuments;
import dev.videoagent.core.model.ConceptKeys;
import dev.videoagent.core.model.GenerationRecord;
import dev.videoagent.core.model.GenerationSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;

/**
 * The concept-key index of the history: per key a counter of entries and posting buckets of {@value #BUCKET}
 * summaries, every read by {@code _id} (an index lookup on DocumentDB and on the embedded server, which only
 * indexes unique keys). Callers map Mongo failures.
 */
final class MongoConceptKeyIndex {

    /**
     * Postings per bucket of a key made now: every push re-reads and re-writes its bucket on the server, so buckets
     * stay small. A key's counter records its size; keys of stores made before have none and keep 32.
     */
    static final int BUCKET = 8;
    static final int EARLIER_BUCKET = 32;
    static final long FRESH_MILLIS = 250;
    /** About 5 KB each: the cache stays near 10 MB. */
    static final int SEALED_BUCKETS = 2048;
    /** The per-key hints are dropped past this many keys (they are read again): memory stays bounded. */
    static final int HINTED_KEYS = 50_000;

    private final MongoCollection<Document> counters;
    private final MongoCollection<Document> postings;
    /** Per key the last count read or reserved here, and when it was read. */
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    private record Seen(long count, long at) {
    }

    /** Per key the size of its buckets, as its counter says (it never changes). */
    private final Map<String, Integer> bucketSizes = new ConcurrentHashMap<>();
    /** Buckets that no longer change, by id. */
    private final BoundedCache<String, List<GenerationSummary>> sealed = new BoundedCache<>(SEALED_BUCKETS);

    MongoConceptKeyIndex(MongoCollection<Document> counters, MongoCollection<Document> postings) {
        this.counters = counters;
        this.postings = postings;
    }

    /**
     * Takes positions for the entries ({@link #reserve}), then in one bulk write per collection advances the counters
     * and pushes the entries into the buckets their positions fall in: at most three commands whatever the number
     * of keys. Concurrent writers that
     * read the same counter push into the same bucket, which then holds a few more; readers
     * only ever take the newest entries of the last buckets, so that costs nothing.
     */
    void add(List<GenerationRecord> records) {
        Map<String, List<Document>> entriesByKey = new LinkedHashMap<>();
        for (GenerationRecord record : records) {
            Document entry = HistoryDocuments.summary(GenerationSummary.of(record));
            ConceptKeys.of(record.result()).forEach(k -> entriesByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(entry));
        }
        if (entriesByKey.isEmpty()) {
            return;
        }
        Map<String, Long> before = reserve(entriesByKey);
        List<UpdateOneModel<Document>> increments = new ArrayList<>();
        List<UpdateOneModel<Document>> pushes = new ArrayList<>();
        entriesByKey.forEach((key, entries) -> {
            increments.add(new UpdateOneModel<>(Filters.eq("_id", key), Updates.combine(
                    Updates.inc("count", (long) entries.size()), Updates.setOnInsert("bucket", BUCKET)),
                    new UpdateOptions().upsert(true)));
            long first = before.getOrDefault(key, 0L);
            int size = bucketSize(key);
            Map<Long, List<Document>> byBucket = new TreeMap<>();
            for (int i = 0; i < entries.size(); i++) {
                byBucket.computeIfAbsent((first + i) / size, b -> new ArrayList<>()).add(entries.get(i));
            }
            byBucket.forEach((bucket, list) -> pushes.add(new UpdateOneModel<>(Filters.eq("_id", bucketId(key, bucket)),
                    Updates.pushEach("entries", list), new UpdateOptions().upsert(true))));
        });
        // counters first: a reader that sees the new count and not yet the entry only misses it for a moment
        counters.bulkWrite(increments, new BulkWriteOptions().ordered(false));
        postings.bulkWrite(pushes, new BulkWriteOptions().ordered(false));
    }

    /**
     * The first position of each key's new entries: from a count this process read or reserved within the last
     * {@value #FRESH_MILLIS} ms (a suggestion reads the same keys just before the generation is stored), else read;
     * the reserved positions count at once, so this process's concurrent writers get distinct ones.
     */
    private Map<String, Long> reserve(Map<String, List<Document>> entriesByKey) {
        long now = System.nanoTime();
        List<String> stale = entriesByKey.keySet().stream()
                .filter(k -> Optional.ofNullable(seen.get(k)).map(s -> now - s.at() > FRESH_MILLIS * 1_000_000).orElse(true))
                .toList();
        if (!stale.isEmpty()) {
            counts(stale);
        }
        Map<String, Long> first = new LinkedHashMap<>();
        entriesByKey.forEach((key, entries) -> first.put(key, seen.compute(key,
                (k, s) -> new Seen(s.count() + entries.size(), s.at())).count() - entries.size()));
        return first;
    }

    /** How many generations carry each key (keys with none are absent). */
    Map<String, Long> counts(Collection<String> keys) {
        Set<String> asked = new LinkedHashSet<>(keys);
        if (seen.size() > HINTED_KEYS || bucketSizes.size() > HINTED_KEYS) {
            seen.clear();
            bucketSizes.clear();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Document d : counters.find(Filters.in("_id", asked))) {
            bucketSizes.putIfAbsent(d.getString("_id"),
                    d.get("bucket") instanceof Number size ? size.intValue() : EARLIER_BUCKET);
            long n = d.get("count", Number.class).longValue();
            if (n > 0) {
                counts.put(d.getString("_id"), n);
            }
        }
        long now = System.nanoTime();
        // what the database says wins: a reservation whose write failed must not push later entries past its count
        asked.forEach(k -> seen.put(k, new Seen(counts.getOrDefault(k, 0L), now)));
        return counts;
    }

    /**
     * The newest {@code perKey} generations of each key, newest first, each once, given the keys' counts. Buckets
     * two or more behind a key's last one no longer change, so they come from the cache after their first read.
     */
    List<GenerationSummary> newest(Map<String, Long> counts, int perKey) {
        List<String> unknown = counts.keySet().stream().filter(k -> !bucketSizes.containsKey(k)).toList();
        if (!unknown.isEmpty()) {
            counts(unknown);
        }
        Map<String, List<GenerationSummary>> byKey = new TreeMap<>();
        List<String> toRead = new ArrayList<>();
        counts.forEach((key, n) -> {
            // the newest perKey entries sit in the last buckets; the last one may be partly filled
            int size = bucketSize(key);
            int buckets = (perKey + size - 1) / size + 1;
            long last = (n - 1) / size;
            for (long b = last; b >= 0 && b > last - buckets; b--) {
                String id = bucketId(key, b);
                List<GenerationSummary> sealed = b <= last - 2 ? this.sealed.get(id).orElse(null) : null;
                if (sealed != null) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).addAll(sealed);
                } else {
                    toRead.add(id);
                }
            }
        });
        if (!toRead.isEmpty()) {
            for (Document bucket : postings.find(Filters.in("_id", toRead))) {
                String id = bucket.getString("_id");
                String key = id.substring(0, id.lastIndexOf('#'));
                List<GenerationSummary> entries = ModelDocuments.documents(bucket.get("entries")).stream()
                        .map(HistoryDocuments::summary).toList();
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).addAll(entries);
                long b = Long.parseLong(id.substring(id.lastIndexOf('#') + 1));
                if (b <= (counts.get(key) - 1) / bucketSize(key) - 2) {
                    sealed.put(id, entries);
                }
            }
        }
        Map<String, GenerationSummary> out = new LinkedHashMap<>();
        for (String key : counts.keySet()) {
            byKey.getOrDefault(key, List.of()).stream()
                    .sorted(Comparator.comparing(GenerationSummary::createdAt)
                            .thenComparing(GenerationSummary::id).reversed())
                    .limit(perKey).forEach(s -> out.putIfAbsent(s.id(), s));
        }
        return new ArrayList<>(out.values());
    }

    private int bucketSize(String key) {
        return bucketSizes.getOrDefault(key, BUCKET);
    }

    private static String bucketId(String key, long bucket) {
        return key + "#" + bucket;
    }
}
