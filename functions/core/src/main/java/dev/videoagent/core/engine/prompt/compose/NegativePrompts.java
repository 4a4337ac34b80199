package dev.videoagent.core.engine.prompt.compose;

import dev.videoagent.core.engine.prompt.analysis.Entity;
import dev.videoagent.core.model.Concept;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The negative prompt: what the idea says is not there first, then common artifacts, then what the
 * subjects and the chosen looks make likely to go wrong.
 */
final class NegativePrompts {

    private NegativePrompts() {
    }

    static String build(Scene scene, List<String> negated) {
        Set<String> terms = new LinkedHashSet<>(negated);
        terms.add("blurry");
        terms.add("low resolution");
        terms.add("distorted");
        terms.add("flickering");
        terms.add("watermark");
        terms.add("text overlay");
        terms.add("jpeg artifacts");
        Set<String> kinds = new LinkedHashSet<>();
        for (Entity subject : SceneBuilder.expand(scene.subjects)) {
            kinds.add(subject.head().concept().kind());
        }
        if (kinds.contains("person")) {
            terms.add("deformed faces");
            terms.add("extra fingers");
            terms.add("distorted hands");
        }
        if (kinds.contains("animal") || kinds.contains("creature")) {
            terms.add("extra limbs");
            terms.add("deformed anatomy");
        }
        if (kinds.contains("vehicle")) {
            terms.add("warped wheels");
        }
        if (kinds.contains("food") || kinds.contains("object")) {
            terms.add("melted shapes");
        }
        for (Concept c : Phrases.concepts(scene)) {
            switch (c.attributes().getOrDefault("group", "")) {
                case "brightness:bright" -> terms.add("dark underexposed footage");
                case "brightness:dark" -> terms.add("overexposed washed-out footage");
                case "timeofday:night" -> terms.add("daylight");
                case "speed:slow" -> terms.add("fast jerky motion");
                default -> {
                }
            }
            if (c.facets().contains("look:illustrated") || "illustrated".equals(c.attributes().get("look"))) {
                terms.add("photorealistic rendering");
            }
        }
        terms.add("static frame");
        return String.join(", ", terms);
    }
}
