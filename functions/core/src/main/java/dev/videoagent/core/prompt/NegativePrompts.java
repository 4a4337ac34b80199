package dev.videoagent.core.prompt;

import java.util.LinkedHashSet;
import java.util.Set;

/** The negative prompt: common artifacts, plus what the subjects and chosen looks make likely to go wrong. */
final class NegativePrompts {

    private NegativePrompts() {
    }

    static String build(Scene scene) {
        Set<String> terms = new LinkedHashSet<>();
        terms.add("blurry");
        terms.add("low resolution");
        terms.add("distorted");
        terms.add("flickering");
        terms.add("watermark");
        terms.add("text overlay");
        terms.add("jpeg artifacts");
        Set<String> kinds = new LinkedHashSet<>();
        for (Scene.Subject subject : scene.subjects) {
            subject.noun().concept().ifPresent(c -> kinds.add(c.kind()));
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
        for (Term term : scene.all()) {
            String group = term.groupValue().orElse("");
            switch (group) {
                case "brightness:bright" -> terms.add("dark underexposed footage");
                case "brightness:dark" -> terms.add("overexposed washed-out footage");
                case "timeofday:night" -> terms.add("daylight");
                case "speed:slow" -> terms.add("fast jerky motion");
                default -> {
                }
            }
            String look = term.concept().flatMap(c -> c.attribute("look")).orElse("");
            if (look.equals("illustrated")) {
                terms.add("photorealistic rendering");
            }
        }
        terms.add("static frame");
        return String.join(", ", terms);
    }
}
