package dev.videoagent.core.model;

import java.time.Instant;

/** One prompt generation as stored in history; later edits attach to its id. */
public record GenerationRecord(String id, PromptResult result, Instant createdAt) {
}
