package dev.videoagent.handlers.api;

/** JSON body of {@code POST /api/prompts/{promptId}/revert}. */
public record RevertRequest(Integer version, Integer baseVersion, String message) {
}
