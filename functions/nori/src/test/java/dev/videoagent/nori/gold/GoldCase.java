package dev.videoagent.nori.gold;

import dev.videoagent.core.model.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One annotated idea of the gold corpus (src/test/resources/gold/*.tsv): its fault kinds, the idea, and
 * the facts a careful translator's prompt must state (see GoldFacts for their meaning).
 */
record GoldCase(String file, int line, List<String> kinds, String idea, List<Fact> facts) {

    /** One annotated fact: its type and the alternatives of each of its parts. */
    record Fact(String type, List<List<String>> parts, String text) {
    }

    static final List<String> KINDS = List.of("attach", "object", "negation", "state", "sense", "unknown",
            "default-conflict", "default-category", "neighbour", "general");

    Language language() {
        boolean hangul = idea.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
        boolean latin = idea.codePoints().anyMatch(c -> c < 128 && Character.isLetter(c));
        return hangul && latin ? Language.MIXED : hangul ? Language.KO : Language.EN;
    }

    @Override
    public String toString() {
        return file + ":" + line + " " + idea;
    }

    static List<GoldCase> load(String... files) {
        List<GoldCase> cases = new ArrayList<>();
        for (String file : files) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                    GoldCase.class.getResourceAsStream("/gold/" + file), file), StandardCharsets.UTF_8))) {
                int n = 0;
                for (String row = reader.readLine(); row != null; row = reader.readLine()) {
                    n++;
                    if (row.isBlank() || row.startsWith("#")) {
                        continue;
                    }
                    String[] cols = row.split("\t");
                    if (cols.length != 3) {
                        throw new IllegalStateException(file + ":" + n + ": expected 3 columns");
                    }
                    List<String> kinds = List.of(cols[0].trim().split(","));
                    for (String kind : kinds) {
                        if (!KINDS.contains(kind)) {
                            throw new IllegalStateException(file + ":" + n + ": unknown kind " + kind);
                        }
                    }
                    cases.add(new GoldCase(file, n, kinds, cols[1].trim(), facts(cols[2], file + ":" + n)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cases;
    }

    private static List<Fact> facts(String annotation, String where) {
        List<Fact> facts = new ArrayList<>();
        for (String raw : annotation.split("\\|(?![^(]*\\))")) {
            String fact = raw.trim();
            if (fact.isEmpty()) {
                continue;
            }
            int eq = fact.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException(where + ": fact without '=': " + fact);
            }
            String type = fact.substring(0, eq).trim();
            String value = fact.substring(eq + 1).trim().toLowerCase(Locale.ROOT);
            List<List<String>> parts = new ArrayList<>();
            switch (type) {
                case "act" -> {
                    // VERB@AGENT[>OBJECT][+INSTRUMENT]
                    String rest = value;
                    String instrument = null;
                    int plus = rest.indexOf('+');
                    if (plus >= 0) {
                        instrument = rest.substring(plus + 1);
                        rest = rest.substring(0, plus);
                    }
                    String object = null;
                    int gt = rest.indexOf('>');
                    if (gt >= 0) {
                        object = rest.substring(gt + 1);
                        rest = rest.substring(0, gt);
                    }
                    int at = rest.indexOf('@');
                    String verb = at >= 0 ? rest.substring(0, at) : rest;
                    String agent = at >= 0 ? rest.substring(at + 1) : "-";
                    parts.add(alternatives(verb));
                    parts.add(alternatives(agent));
                    parts.add(object == null ? List.of() : alternatives(object));
                    parts.add(instrument == null ? List.of() : alternatives(instrument));
                }
                case "mod" -> {
                    int colon = value.lastIndexOf(':');
                    if (colon <= 0) {
                        throw new IllegalStateException(where + ": mod needs NOUN:ADJ: " + fact);
                    }
                    parts.add(alternatives(value.substring(0, colon)));
                    parts.add(alternatives(value.substring(colon + 1)));
                }
                case "subj", "set", "neg", "forbid", "has", "name" -> parts.add(alternatives(value));
                default -> throw new IllegalStateException(where + ": unknown fact type " + type);
            }
            facts.add(new Fact(type, parts, fact));
        }
        return facts;
    }

    private static List<String> alternatives(String text) {
        List<String> out = new ArrayList<>();
        for (String alt : text.split("/")) {
            if (!alt.isBlank()) {
                out.add(alt.trim());
            }
        }
        return out;
    }
}
