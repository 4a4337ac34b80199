package dev.videoagent.core.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What people changed in the prompts of one scope ({@code key:animal.puppy}, {@code category:animals}): how many
 * edited prompts there are and whose ({@code editors}: person -> edited prompts), and per term in how many prompts
 * and by whom it was added or removed ({@link TermCount#people}). Learning counts people, never prompts: one person
 * repeating an edit is one voice; a person whose edited results they rated up ({@code upRatedEditors},
 * {@link TermCount#upRated}) weighs twice in a share, never in the count of people.
 */
public record ScopeTerms(String scope, long editedPrompts, List<TermCount> added, List<TermCount> removed,
                         Map<String, Long> editors, Set<String> upRatedEditors) {

    public ScopeTerms {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        editors = Map.copyOf(editors);
        upRatedEditors = Set.copyOf(upRatedEditors);
    }

    /** Nobody's results rated up. */
    public ScopeTerms(String scope, long editedPrompts, List<TermCount> added, List<TermCount> removed,
                      Map<String, Long> editors) {
        this(scope, editedPrompts, added, removed, editors, Set.of());
    }

    /** The editors' weight in a share: each person once, twice when results of their edits were rated up. */
    public long editorWeight() {
        return editorCount() + editors.keySet().stream().filter(upRatedEditors::contains).count();
    }

    /** How many different people edited prompts of this scope. */
    public long editorCount() {
        return editors.values().stream().filter(n -> n > 0).count();
    }

    /**
     * A term, the number of prompts whose net change has it, how often each anchor was used, and the people whose
     * prompts have it (person -> prompts).
     */
    public record TermCount(String term, long prompts, Map<String, Long> anchors, Map<String, Long> people,
                            Set<String> upRated) {
        public TermCount {
            anchors = Map.copyOf(anchors);
            people = Map.copyOf(people);
            upRated = Set.copyOf(upRated);
        }

        /** Nobody's results rated up. */
        public TermCount(String term, long prompts, Map<String, Long> anchors, Map<String, Long> people) {
            this(term, prompts, anchors, people, Set.of());
        }

        /** Its people's weight in a share: each once, twice when results of their edits with it were rated up. */
        public long peopleWeight() {
            return peopleCount() + people.entrySet().stream()
                    .filter(e -> e.getValue() > 0 && upRated.contains(e.getKey())).count();
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
