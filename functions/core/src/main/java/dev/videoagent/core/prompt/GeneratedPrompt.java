package dev.videoagent.core.prompt;

/**
 * The answer to a generate request: the record id, the engine result, whether it was stored in
 * history, whether it came from a cache, and what happened to an optional LLM rewrite.
 */
public record GeneratedPrompt(String id, PromptResult result, boolean stored, boolean cached, RewriteOutcome rewrite) {
}
