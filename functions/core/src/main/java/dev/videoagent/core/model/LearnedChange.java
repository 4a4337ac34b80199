package dev.videoagent.core.model;

import java.util.List;

/**
 * The net change a person made to their generated prompt, as of edit {@code version}: the terms added
 * (with where they went) and removed, counted under every scope of the request (its concept keys
 * and its category). A later version replaces it, so a reverted edit teaches nothing. How its results were
 * rated decides how much it teaches ({@link Standing}).
 */
public record LearnedChange(String promptId, UserId owner, int version, List<String> scopes, List<AddedTerm> added,
                            List<String> removed, Standing standing) {

    /** The verdict on the version the change is of: a down-rated one teaches nothing, an up-rated one weighs more. */
    public enum Standing implements WireValue {
        UNRATED, UP_RATED, DOWN_RATED
    }

    public LearnedChange {
        scopes = List.copyOf(scopes);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        standing = standing == null ? Standing.UNRATED : standing;
    }

    /** Of a version nobody rated. */
    public LearnedChange(String promptId, UserId owner, int version, List<String> scopes, List<AddedTerm> added,
                         List<String> removed) {
        this(promptId, owner, version, scopes, added, removed, Standing.UNRATED);
    }

    public LearnedChange withStanding(Standing newStanding) {
        return new LearnedChange(promptId, owner, version, scopes, added, removed, newStanding);
    }

    /** Whether it counts at all: it changes something and its results were not rated down. */
    public boolean teaches() {
        return !isEmpty() && standing != Standing.DOWN_RATED;
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
