package dev.videoagent.core.prompt;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One lexicon entry: a language-neutral concept with its slot, the English text it contributes,
 * the Korean lemmas and English aliases that name it, a category hint and free attributes.
 */
public record Concept(String id, Slot slot, String english, List<String> korean, List<String> englishAliases,
                      String category, Map<String, String> attributes) {

    public Concept {
        korean = List.copyOf(korean);
        englishAliases = List.copyOf(englishAliases);
        attributes = Map.copyOf(attributes);
    }

    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** The mutual-exclusion group, e.g. {@code brightness} for {@code group=brightness:dark}. */
    public Optional<String> group() {
        return attribute("group").map(g -> g.contains(":") ? g.substring(0, g.indexOf(':')) : g);
    }

    public boolean hasCategory() {
        return !category.equals("-");
    }

    public String kind() {
        return attributes.getOrDefault("kind", "");
    }

    public boolean isProper() {
        return "1".equals(attributes.get("proper"));
    }
}
