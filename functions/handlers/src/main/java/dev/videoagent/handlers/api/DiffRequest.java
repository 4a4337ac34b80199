package dev.videoagent.handlers.api;

/** JSON body of {@code POST /api/diffs}. */
public record DiffRequest(String promptId, Integer baseVersion, String original, String edited, String message) {
}
