package dev.videoagent.core.engine.prompt.lexicon;

import dev.videoagent.core.model.Concept;
import dev.videoagent.core.model.Slot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Defaults for slots the person left empty (data: {@code defaults.tsv}), chosen from what the idea
 * says, not only its category: a row may require facets of the idea ({@code when=weather:storm}: a storm
 * is dramatic) and carries its own facets, which the consistency table checks against the idea's.
 */
public final class CategoryDefaults {

    /** One default: the category (or {@code any}), slot, phrase, required and own facets, attributes. */
    public record Default(String category, Slot slot, String text, List<String> when, Map<String, String> attributes,
                          int line) {

        /** A stable name for the trace: category, slot and the row's number among them. */
        public String name() {
            return category + "." + slot.key();
        }

        public Concept asConcept() {
            return new Concept("default." + name(), slot, text, List.of(), List.of(), category, attributes);
        }

        public List<String> facets() {
            return asConcept().facets();
        }
    }

    public static final String ANY = "any";

    private final List<Default> rows = new ArrayList<>();

    public static CategoryDefaults loadDefault() {
        CategoryDefaults defaults = new CategoryDefaults();
        for (TsvResource.Row row : TsvResource.read("defaults.tsv", 4)) {
            String[] cols = row.columns();
            Map<String, String> attrs = new LinkedHashMap<>();
            if (!cols[3].trim().equals("-")) {
                for (String pair : cols[3].trim().split(";")) {
                    String[] kv = pair.split("=", 2);
                    if (kv.length != 2) {
                        throw new IllegalStateException(row.where() + ": attribute without '=': " + pair);
                    }
                    attrs.put(kv[0].trim(), kv[1].trim());
                }
            }
            String when = attrs.remove("when");
            defaults.rows.add(new Default(cols[0].trim(), Slot.parse(cols[1]), cols[2].trim(),
                    when == null ? List.of() : List.of(when.split(",")), attrs, row.line()));
        }
        return defaults;
    }

    /**
     * Candidates for a slot, most specific first: rows that require facets (the category's, then any
     * category's), then the category's plain rows, then the plain rows for any category.
     */
    public List<Default> candidates(String category, Slot slot) {
        List<Default> out = new ArrayList<>();
        for (boolean specific : List.of(true, false)) {
            for (String key : List.of(category, ANY)) {
                for (Default d : rows) {
                    if (d.slot() == slot && d.category().equals(key) && d.when().isEmpty() != specific) {
                        out.add(d);
                    }
                }
            }
        }
        return out;
    }

    public List<Default> all() {
        return List.copyOf(rows);
    }
}
