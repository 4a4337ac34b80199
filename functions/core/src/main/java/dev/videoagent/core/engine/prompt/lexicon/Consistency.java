package dev.videoagent.core.engine.prompt.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The consistency table (data: {@code consistency.tsv}): pairs of facets that cannot be in one prompt
 * (time:night with light:sun, weather:storm with mood:calm, setting:indoor with any weather, a sleeping
 * animal with energetic moods). A value {@code *} stands for every value of its dimension. No default may
 * add a facet that conflicts with one the prompt already has.
 */
public final class Consistency {

    /** One row: the two facets and why they cannot go together. */
    public record Conflict(String a, String b, String why) {

        boolean matches(String x, String y) {
            return covers(a, x) && covers(b, y) || covers(a, y) && covers(b, x);
        }

        private static boolean covers(String pattern, String facet) {
            if (pattern.endsWith(":*")) {
                return facet.startsWith(pattern.substring(0, pattern.length() - 1));
            }
            return pattern.equals(facet);
        }
    }

    private final List<Conflict> conflicts = new ArrayList<>();

    public static Consistency loadDefault() {
        Consistency table = new Consistency();
        for (TsvResource.Row row : TsvResource.read("consistency.tsv", 3)) {
            String[] cols = row.columns();
            table.conflicts.add(new Conflict(cols[0].trim(), cols[1].trim(), cols[2].trim()));
        }
        return table;
    }

    /** The first conflict between a facet of {@code added} and one of {@code present}, if any. */
    public Optional<Conflict> conflict(Collection<String> added, Collection<String> present) {
        for (String x : added) {
            for (String y : present) {
                for (Conflict c : conflicts) {
                    if (c.matches(x, y)) {
                        return Optional.of(c);
                    }
                }
            }
        }
        return Optional.empty();
    }

    public List<Conflict> all() {
        return List.copyOf(conflicts);
    }
}
