package dev.videoagent.adapters.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.videoagent.core.error.VersionTakenException;
import dev.videoagent.core.model.EditRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The edit versions of the history: one document per version, unique by prompt and version, and per prompt a head
 * with its highest version, written before the version itself, so that a prompt without a head has no edits and
 * readers look up only versions that can exist. Callers map Mongo failures.
 */
final class MongoEditLog {

    private static final Logger LOG = LoggerFactory.getLogger(MongoEditLog.class);
    private static final int VERSION_ATTEMPTS = 20;
    /** Marks a store whose heads cover every stored version (older versions wrote the head second). */
    private static final String HEADS_COMPLETE = "#heads-complete";

    private final MongoCollection<Document> edits;
    private final MongoCollection<Document> heads;

    MongoEditLog(MongoCollection<Document> edits, MongoCollection<Document> heads) {
        this.edits = edits;
        this.heads = heads;
    }

    void ensureIndexes() {
        edits.createIndex(Indexes.ascending("versionKey"), new IndexOptions().name("versionKey_unique").unique(true));
        if (heads.find(Filters.eq("_id", HEADS_COMPLETE)).first() == null) {
            completeHeads();
        }
    }

    /** Once per store: a head for every prompt whose versions were written before heads came first. */
    private void completeHeads() {
        Map<String, Integer> highest = new HashMap<>();
        for (Document d : edits.find(Filters.exists("promptId")).projection(Projections.include("promptId", "version"))) {
            if (d.getString("promptId") != null && d.get("version") instanceof Number n) {
                highest.merge(d.getString("promptId"), n.intValue(), Math::max);
            }
        }
        List<UpdateOneModel<Document>> updates = new ArrayList<>();
        highest.forEach((id, v) -> updates.add(new UpdateOneModel<>(Filters.eq("_id", id), Updates.max("versions", v),
                new UpdateOptions().upsert(true))));
        if (!updates.isEmpty()) {
            heads.bulkWrite(updates, new BulkWriteOptions().ordered(false));
        }
        heads.updateOne(Filters.eq("_id", HEADS_COMPLETE), Updates.set("versions", 0), new UpdateOptions().upsert(true));
        LOG.info("mongo: version heads checked for {} edited prompt(s)", highest.size());
    }

    EditRecord append(EditRecord edit) {
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
            // the head first: a prompt without a head has no edits, so readers skip it (a head ahead of the
            // edits, after a failed insert, only makes readers look once for a version that is not there)
            heads.updateOne(Filters.eq("_id", edit.promptId()), Updates.max("versions", version),
                    new UpdateOptions().upsert(true));
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
            return stored;
        }
    }

    Map<String, List<EditRecord>> of(Collection<String> promptIds) {
        Map<String, Integer> known = new LinkedHashMap<>();
        for (Document head : heads.find(Filters.in("_id", new LinkedHashSet<>(promptIds)))) {
            known.put(head.getString("_id"), head.getInteger("versions"));
        }
        Map<String, List<EditRecord>> found = new LinkedHashMap<>();
        // read the versions the heads name, plus one past them: stores written before the head came first may lag by one
        Map<String, Integer> from = new LinkedHashMap<>();
        known.forEach((id, n) -> from.put(id, 1));
        Map<String, Integer> to = new LinkedHashMap<>();
        known.forEach((id, n) -> to.put(id, n + 1));
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
        for (String id : new LinkedHashSet<>(promptIds)) {
            List<EditRecord> list = found.get(id);
            if (list != null) {
                list.sort(Comparator.comparingInt(EditRecord::version));
                out.put(id, List.copyOf(list));
            }
        }
        return out;
    }
}
