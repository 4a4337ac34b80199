package dev.videoagent.core.model;

import java.util.Optional;

/**
 * A past edited prompt served as the answer: the caller's own ({@code personal}, with its id), or words that
 * {@code people} different people settled on for similar ideas (nobody's prompt id).
 */
public record ReusedPrompt(Optional<String> ownPromptId, int people) {

    public static ReusedPrompt of(Suggestion suggestion) {
        return new ReusedPrompt(suggestion.own() ? Optional.of(suggestion.promptId()) : Optional.empty(),
                suggestion.people());
    }

    public boolean personal() {
        return ownPromptId.isPresent();
    }
}
