package dev.videoagent.core.prompt;

import java.util.Optional;

/**
 * The answer to a generate request: the record id, the engine result, whether it was stored in
 * history, whether it came from a cache, the past request whose optimized prompt was reused (at
 * >= 0.9 similarity), and what happened to an optional LLM rewrite.
 */
public record GeneratedPrompt(String id, PromptResult result, boolean stored, boolean cached,
                              Optional<String> fromHistory, RewriteOutcome rewrite) {

    public GeneratedPrompt(String id, PromptResult result, boolean stored, boolean cached, RewriteOutcome rewrite) {
        this(id, result, stored, cached, Optional.empty(), rewrite);
    }
}
