package dev.videoagent.core.model;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a generate request: the record id, the engine result, whether it was stored in
 * history, whether it came from the cache, the past request whose optimized prompt was reused (at
 * >= 0.9 similarity), what happened to an optional LLM rewrite, and the learned edits applied.
 */
public record GeneratedPrompt(String id, PromptResult result, boolean stored, boolean cached,
                              Optional<ReusedPrompt> fromHistory, RewriteOutcome rewrite,
                              List<LearnedEdit> learnedEdits) {

    public GeneratedPrompt {
        learnedEdits = List.copyOf(learnedEdits);
    }

    public GeneratedPrompt(String id, PromptResult result, boolean stored, boolean cached, RewriteOutcome rewrite) {
        this(id, result, stored, cached, Optional.empty(), rewrite, List.of());
    }

    /** The same answer for a new request: its own id, stored or not, served from the cache. */
    public GeneratedPrompt servedAgain(String newId, boolean newStored) {
        return new GeneratedPrompt(newId, result, newStored, true, fromHistory, rewrite, learnedEdits);
    }
}
