package dev.videoagent.handlers.api;

/** JSON body of {@code PUT /api/prompts/{promptId}/labels/{label}}. */
public record LabelRequest(Integer version) {
}
