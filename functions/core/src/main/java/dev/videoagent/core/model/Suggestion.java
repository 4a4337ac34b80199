package dev.videoagent.core.model;

import java.util.List;

/**
 * One suggestion: a past request similar to the new idea, its best prompt, how similar it is and how it was
 * edited. It is either the caller's own past prompt ({@code own}: its id and the idea as they typed it), or a
 * prompt that at least {@code LEARNING_MIN_USERS} people settled on, each by editing their own similar idea into
 * these very words: that one names nobody's prompt or idea ({@code promptId} and {@code concept} are null, no
 * {@code appliedEdits}), and its similarity is the one at which that many people agree. {@code people} is how many
 * different people's edited prompts read exactly so (1 for an own prompt nobody else wrote).
 */
public record Suggestion(String promptId, String concept, String prompt, double similarity, int editCount,
                         List<AppliedEdit> appliedEdits, boolean own, int people) {

    public Suggestion {
        appliedEdits = List.copyOf(appliedEdits);
    }

    public static Suggestion own(String promptId, String concept, String prompt, double similarity,
                                 List<AppliedEdit> appliedEdits, int people) {
        return new Suggestion(promptId, concept, prompt, similarity, appliedEdits.size(), appliedEdits, true, people);
    }

    public static Suggestion settled(String prompt, double similarity, int editedPrompts, int people) {
        return new Suggestion(null, null, prompt, similarity, editedPrompts, List.of(), false, people);
    }
}
