package dev.videoagent.core.model;

import java.util.List;
import java.util.Map;

/**
 * What people changed in the prompts of one scope ({@code key:animal.puppy}, {@code category:animals}):
 * how many edited prompts there are, and per term in how many of them it was added or removed.
 */
public record ScopeTerms(String scope, long editedPrompts, List<TermCount> added, List<TermCount> removed) {

    public ScopeTerms {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** A term, the number of prompts whose net change has it, and how often each anchor was used. */
    public record TermCount(String term, long prompts, Map<String, Long> anchors) {
        public TermCount {
            anchors = Map.copyOf(anchors);
        }
    }
}
