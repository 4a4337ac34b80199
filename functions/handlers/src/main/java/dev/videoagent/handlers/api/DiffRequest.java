package dev.videoagent.handlers.api;

/** JSON body of {@code POST /api/diffs}. */
public record DiffRequest(String promptId, String original, String edited) {
}
