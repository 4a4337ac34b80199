package dev.videoagent.core.port;

import dev.videoagent.core.model.PromptAnnotations;
import dev.videoagent.core.model.Rating;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Labels and ratings in maps: the fake of {@link PromptAnnotationRepository}, held to the Mongo adapter's contract. */
public final class InMemoryPromptAnnotationRepository implements PromptAnnotationRepository {

    private final Map<String, Map<String, Integer>> labels = new HashMap<>();
    private final Map<String, Map<Integer, Rating>> ratings = new HashMap<>();

    @Override
    public synchronized PromptAnnotations find(String promptId) {
        return new PromptAnnotations(labels.getOrDefault(promptId, Map.of()), ratings.getOrDefault(promptId, Map.of()));
    }

    @Override
    public synchronized void putLabel(String promptId, String label, int version) {
        labels.computeIfAbsent(promptId, p -> new TreeMap<>()).put(label, version);
    }

    @Override
    public synchronized boolean removeLabel(String promptId, String label) {
        return labels.getOrDefault(promptId, new HashMap<>()).remove(label) != null;
    }

    @Override
    public synchronized void rateVersion(String promptId, int version, Rating rating) {
        ratings.computeIfAbsent(promptId, p -> new TreeMap<>()).put(version, rating);
    }
}
