package dev.videoagent.core.engine.prompt.compose;

import dev.videoagent.core.engine.prompt.analysis.Entity;
import dev.videoagent.core.engine.prompt.analysis.Event;
import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The category of a scene and how sure it is, by weighted votes of what the scene shows: the main subjects
 * count most, then actions, settings, styles and seasons, then everything else.
 */
final class SceneCategory {

    static final List<String> CATEGORIES = List.of("people", "animals", "nature", "urban", "food", "vehicles",
            "sports", "fantasy", "space", "events", "abstract", "products");
    private static final Map<String, String> KIND_CATEGORY = Map.of("person", "people", "animal", "animals",
            "creature", "fantasy", "vehicle", "vehicles", "food", "food", "plant", "nature",
            "phenomenon", "nature", "building", "urban");

    private SceneCategory() {
    }

    static void classify(Scene scene) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (Entity subject : scene.subjects) {
            vote(votes, subject.head().concept(), 6);
        }
        for (Event event : scene.events) {
            vote(votes, event.action().concept(), 2);
            event.object().ifPresent(o -> vote(votes, o.head().concept(), 1));
            event.places().forEach(l -> vote(votes, l.place().head().concept(), 1));
        }
        scene.settings.forEach(s -> vote(votes, s.head().concept(), 2));
        scene.terms.forEach((slot, terms) -> terms.forEach(t -> t.concept().ifPresent(c -> vote(votes, c,
                slot == Slot.STYLE || slot == Slot.SEASON ? 2 : 1))));
        int total = votes.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            scene.category = "abstract";
            scene.confidence = 0.2;
            return;
        }
        String best = null;
        int bestVotes = -1;
        for (String category : CATEGORIES) { // fixed order: ties resolve the same way every time
            int v = votes.getOrDefault(category, 0);
            if (v > bestVotes) {
                best = category;
                bestVotes = v;
            }
        }
        scene.category = best;
        double share = (double) bestVotes / total;
        double evidence = Math.min(1.0, 0.5 + 0.1 * bestVotes);
        scene.confidence = Math.round(share * evidence * 100) / 100.0;
    }

    private static void vote(Map<String, Integer> votes, Concept c, int weight) {
        String category = c.hasCategory() ? c.category()
                : c.slot() == Slot.SUBJECT ? KIND_CATEGORY.get(c.kind()) : null;
        if (category != null && CATEGORIES.contains(category)) {
            votes.merge(category, weight, Integer::sum);
        }
    }
}
