package dev.videoagent.core.model;

import java.util.List;
import java.util.Map;

/**
 * What people changed in the prompts of one scope ({@code key:animal.puppy}, {@code category:animals}): how many
 * edited prompts there are and whose ({@code editors}: person -> edited prompts), and per term in how many prompts
 * and by whom it was added or removed ({@link TermCount#people}). Learning counts people, never prompts: one person
 * repeating an edit is one voice.
 */
public record ScopeTerms(String scope, long editedPrompts, List<TermCount> added, List<TermCount> removed,
                         Map<String, Long> editors) {

    public ScopeTerms {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        editors = Map.copyOf(editors);
    }

    /** How many different people edited prompts of this scope. */
    public long editorCount() {
        return editors.values().stream().filter(n -> n > 0).count();
    }

    /**
     * A term, the number of prompts whose net change has it, how often each anchor was used, and the people whose
     * prompts have it (person -> prompts).
     */
    public record TermCount(String term, long prompts, Map<String, Long> anchors, Map<String, Long> people) {
        public TermCount {
            anchors = Map.copyOf(anchors);
            people = Map.copyOf(people);
        }

        /** How many different people made this change. */
        public long peopleCount() {
            return people.values().stream().filter(n -> n > 0).count();
        }

        /** Whether {@code person} made this change themselves. */
        public boolean madeBy(UserId person) {
            return people.getOrDefault(person.value(), 0L) > 0;
        }
    }
}
