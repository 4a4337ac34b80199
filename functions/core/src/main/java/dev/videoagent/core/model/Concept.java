package dev.videoagent.core.model;

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

    /** A name (Seoul, the Eiffel Tower): marked proper=1, or a thing or place written with a capital. */
    /** A name: marked proper, or every word capitalized (Milky Way, Mount Everest; not "Buddhist monk"). */
    public boolean isProper() {
        if ("1".equals(attributes.get("proper"))) {
            return true;
        }
        if (!slot.isThing() || english.isEmpty()) {
            return false;
        }
        for (String word : english.split(" ")) {
            if (!word.isEmpty() && !Character.isUpperCase(word.charAt(0)) && !word.equals("of") && !word.equals("the")) {
                return false;
            }
        }
        return true;
    }

    /** People, animals and creatures: they can do things of their own will. */
    public boolean isAnimate() {
        String kind = kind();
        return kind.equals("person") || kind.equals("animal") || kind.equals("creature");
    }

    /** A transitive action whose object the request names ({@code takes=object}). */
    public boolean takesObject() {
        return "object".equals(attributes.get("takes")) || needsObject();
    }

    /** An action that says nothing without its object ({@code needs=object}: making). */
    public boolean needsObject() {
        return "object".equals(attributes.get("needs"));
    }

    /**
     * What the concept says about the scene for the consistency table: its {@code facets=} plus the
     * facets implied by its group ({@code timeofday:night} is {@code time:night}) and energy.
     */
    public List<String> facets() {
        List<String> facets = new java.util.ArrayList<>();
        String listed = attributes.get("facets");
        if (listed != null) {
            for (String facet : listed.split(",")) {
                if (!facet.isBlank()) {
                    facets.add(facet.trim());
                }
            }
        }
        String group = attributes.get("group");
        if (group != null && group.startsWith("timeofday:")) {
            String time = group.substring("timeofday:".length());
            facets.add("time:" + switch (time) {
                case "noon" -> "day";
                case "evening" -> "dusk";
                default -> time;
            });
        } else if (group != null && group.startsWith("precip:")) {
            facets.add("weather:" + group.substring("precip:".length()));
        } else if (group != null && group.startsWith("season:")) {
            facets.add(group);
        }
        String energy = attributes.get("energy");
        if (energy != null) {
            facets.add("energy:" + energy);
        }
        return List.copyOf(new java.util.LinkedHashSet<>(facets));
    }
}
