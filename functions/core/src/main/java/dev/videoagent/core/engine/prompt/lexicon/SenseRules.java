package dev.videoagent.core.engine.prompt.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the sense of an ambiguous Korean word from the other words of the request
 * (눈 + 내리다 = snow, 눈 + 크다 = eye). Each sense lists context lemmas; the sense with the most
 * context present wins, ties go to the sense marked default. Data: {@code senses.tsv}.
 */
public final class SenseRules {

    record Sense(String conceptId, Set<String> context, boolean isDefault) {
    }

    private final Map<String, List<Sense>> byLemma = new LinkedHashMap<>();

    public static SenseRules loadDefault() {
        SenseRules rules = new SenseRules();
        for (TsvResource.Row row : TsvResource.read("senses.tsv", 4)) {
            String[] cols = row.columns();
            rules.byLemma.computeIfAbsent(cols[0].trim(), k -> new ArrayList<>()).add(new Sense(cols[1].trim(),
                    Set.copyOf(Arrays.asList(cols[2].trim().split("\\|"))), cols[3].trim().equals("1")));
        }
        return rules;
    }

    public boolean isAmbiguous(String lemma) {
        return byLemma.containsKey(lemma);
    }

    /** Every lemma a sense rule decides. */
    public java.util.Set<String> lemmas() {
        return java.util.Collections.unmodifiableSet(byLemma.keySet());
    }

    /** The concept ids of every sense of a lemma, in file order. */
    public List<String> conceptIds(String lemma) {
        return byLemma.getOrDefault(lemma, List.of()).stream().map(Sense::conceptId).toList();
    }

    /** The concept id for an ambiguous lemma given every lemma of the request. */
    public Optional<String> choose(String lemma, Set<String> context) {
        List<Sense> senses = byLemma.get(lemma);
        if (senses == null) {
            return Optional.empty();
        }
        Sense best = null;
        int bestScore = -1;
        for (Sense sense : senses) {
            int score = (int) sense.context().stream().filter(context::contains).count() * 2
                    + (sense.isDefault() ? 1 : 0);
            if (score > bestScore) {
                best = sense;
                bestScore = score;
            }
        }
        return Optional.of(best.conceptId());
    }

    Map<String, List<Sense>> all() {
        return byLemma;
    }
}
