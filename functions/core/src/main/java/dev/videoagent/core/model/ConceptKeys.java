package dev.videoagent.core.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The language-neutral keys of a request: the lexicon concept ids its words named (귀여운 강아지 and
 * "cute puppy" both give mod.cute + animal.puppy). Defaults are not keys: nobody asked for them.
 */
public final class ConceptKeys {

    private ConceptKeys() {
    }

    public static List<String> of(PromptResult result) {
        Set<String> keys = new LinkedHashSet<>();
        for (TraceEntry entry : result.trace()) {
            if (entry.source() == TraceEntry.Source.INPUT && entry.conceptId() != null) {
                keys.add(entry.conceptId());
            }
        }
        return new ArrayList<>(keys);
    }

    /**
     * The scopes edits are learned and cached under: {@code key:<concept id>} for each key and
     * {@code category:<category>}.
     */
    public static List<String> scopes(PromptResult result) {
        List<String> scopes = new ArrayList<>();
        of(result).forEach(k -> scopes.add("key:" + k));
        scopes.add("category:" + result.category());
        return scopes;
    }
}
