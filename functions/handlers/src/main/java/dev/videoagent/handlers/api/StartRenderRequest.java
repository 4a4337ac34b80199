package dev.videoagent.handlers.api;

/** JSON body of {@code POST /api/renders}. */
public record StartRenderRequest(String prompt, String promptId, Integer durationSeconds, Integer width, Integer height) {
}
