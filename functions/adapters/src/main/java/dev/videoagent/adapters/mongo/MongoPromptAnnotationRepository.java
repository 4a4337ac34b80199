package dev.videoagent.adapters.mongo;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.model.PromptAnnotations;
import dev.videoagent.core.model.Rating;
import dev.videoagent.core.port.PromptAnnotationRepository;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * {@code prompt_annotations}: one document per prompt, read by {@code _id}:
 * {@code {labels: {<hex name>: {name, version}}, ratings: {v<n>: {score, note, at}}}}. Label names are a person's
 * words, so they are hex-encoded where they must be field names.
 */
public final class MongoPromptAnnotationRepository implements PromptAnnotationRepository {

    private final MongoCollection<Document> annotations;

    public MongoPromptAnnotationRepository(MongoClient client, String database) {
        this.annotations = client.getDatabase(database).getCollection("prompt_annotations");
    }

    @Override
    public PromptAnnotations find(String promptId) {
        return run(() -> {
            Document d = annotations.find(Filters.eq("_id", promptId)).first();
            if (d == null) {
                return PromptAnnotations.NONE;
            }
            Map<String, Integer> labels = new TreeMap<>();
            Document byName = d.get("labels", Document.class);
            if (byName != null) {
                byName.values().forEach(v -> {
                    Document label = (Document) v;
                    labels.put(label.getString("name"), label.getInteger("version"));
                });
            }
            Map<Integer, Rating> ratings = new TreeMap<>();
            Document byVersion = d.get("ratings", Document.class);
            if (byVersion != null) {
                byVersion.forEach((key, v) -> ratings.put(Integer.parseInt(key.substring(1)),
                        HistoryDocuments.rating((Document) v)));
            }
            return new PromptAnnotations(labels, ratings);
        });
    }

    @Override
    public void putLabel(String promptId, String label, int version) {
        run(() -> annotations.updateOne(Filters.eq("_id", promptId), Updates.set("labels."
                + HistoryDocuments.fieldName(label), new Document("name", label).append("version", version)),
                new UpdateOptions().upsert(true)));
    }

    @Override
    public boolean removeLabel(String promptId, String label) {
        String field = "labels." + HistoryDocuments.fieldName(label);
        return run(() -> annotations.updateOne(Filters.and(Filters.eq("_id", promptId), Filters.exists(field)),
                Updates.unset(field)).getModifiedCount() > 0);
    }

    @Override
    public void rateVersion(String promptId, int version, Rating rating) {
        run(() -> annotations.updateOne(Filters.eq("_id", promptId), Updates.set("ratings.v" + version,
                HistoryDocuments.rating(rating)), new UpdateOptions().upsert(true)));
    }

    private static <T> T run(Supplier<T> call) {
        try {
            return call.get();
        } catch (MongoException e) {
            throw new DependencyUnavailableException("mongo", e);
        }
    }
}
