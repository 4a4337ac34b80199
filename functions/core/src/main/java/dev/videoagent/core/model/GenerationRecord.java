package dev.videoagent.core.model;

import java.time.Instant;

/** One prompt generation as stored in history, and whose it is; later edits attach to its id. */
public record GenerationRecord(String id, UserId owner, PromptResult result, Instant createdAt) {
}
