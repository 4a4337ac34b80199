package dev.videoagent.core.prompt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named defaults per category for slots the person left empty (data: {@code defaults.tsv}). Each
 * default may belong to a mutual-exclusion group, so "soft natural daylight" never joins "at night".
 */
public final class CategoryDefaults {

    /** One default: the category, slot, phrase and its concept-like attributes. */
    public record Default(String category, Slot slot, String text, Map<String, String> attributes) {

        public String name() {
            return category + "." + slot.key();
        }

        Concept asConcept() {
            return new Concept("default." + name(), slot, text, List.of(), List.of(), category, attributes);
        }
    }

    public static final String ANY = "any";

    private final Map<String, List<Default>> byCategory = new LinkedHashMap<>();

    public static CategoryDefaults loadDefault() {
        CategoryDefaults defaults = new CategoryDefaults();
        for (TsvResource.Row row : TsvResource.read("defaults.tsv", 4)) {
            String[] cols = row.columns();
            Map<String, String> attrs = new LinkedHashMap<>();
            if (!cols[3].trim().equals("-")) {
                for (String pair : cols[3].trim().split(";")) {
                    String[] kv = pair.split("=", 2);
                    attrs.put(kv[0].trim(), kv[1].trim());
                }
            }
            Default d = new Default(cols[0].trim(), Slot.parse(cols[1]), cols[2].trim(), attrs);
            defaults.byCategory.computeIfAbsent(d.category(), k -> new ArrayList<>()).add(d);
        }
        return defaults;
    }

    /** Candidates for a slot, the category's own first, then the ones for any category. */
    public List<Default> candidates(String category, Slot slot) {
        List<Default> out = new ArrayList<>();
        for (String key : List.of(category, ANY)) {
            for (Default d : byCategory.getOrDefault(key, List.of())) {
                if (d.slot() == slot) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    public List<String> categories() {
        return List.copyOf(byCategory.keySet());
    }
}
