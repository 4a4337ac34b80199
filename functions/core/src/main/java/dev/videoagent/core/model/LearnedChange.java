package dev.videoagent.core.model;

import java.util.List;

/**
 * The net change a person made to their generated prompt, as of edit {@code version}: the terms added
 * (with where they went) and removed, counted under every scope of the request (its concept keys
 * and its category). A later version replaces it, so a reverted edit teaches nothing.
 */
public record LearnedChange(String promptId, UserId owner, int version, List<String> scopes, List<AddedTerm> added,
                            List<String> removed) {

    public LearnedChange {
        scopes = List.copyOf(scopes);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }

    /**
     * An added term and where it was put: {@code before:puppy} (right before that word) or
     * {@code after:running} (right after it).
     */
    public record AddedTerm(String term, List<String> anchors) {
        public AddedTerm {
            anchors = List.copyOf(anchors);
        }
    }
}
