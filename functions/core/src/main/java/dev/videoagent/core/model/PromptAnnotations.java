package dev.videoagent.core.model;

import java.util.Map;

/** What a prompt's owner said about its versions: labels (name -> version) and ratings (version -> rating). */
public record PromptAnnotations(Map<String, Integer> labels, Map<Integer, Rating> versionRatings) {

    public static final PromptAnnotations NONE = new PromptAnnotations(Map.of(), Map.of());

    public PromptAnnotations {
        labels = Map.copyOf(labels);
        versionRatings = Map.copyOf(versionRatings);
    }
}
