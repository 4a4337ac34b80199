package dev.videoagent.handlers.api;

/**
 * JSON body of {@code POST /api/renders}: {@code version} is the version of {@code promptId} the prompt is;
 * {@code backend} one the deployment offers; {@code negativePrompt} what a model backend is asked to avoid.
 */
public record StartRenderRequest(String prompt, String promptId, Integer version, Integer durationSeconds,
                                 Integer width, Integer height, String backend, String negativePrompt) {
}
