package dev.videoagent.core.port;

import dev.videoagent.core.model.RenderSettings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.DoubleConsumer;

/**
 * A text-to-video model behind an async job API (ComfyUI, Bedrock): asked for a clip, it answers a video file of
 * its own size, length and codec, which the render task turns into our WebM. A failed, refused (safety filter)
 * or timed-out model job is a {@code RuntimeException}: the task fails, the workflow retries, then falls back.
 */
public interface VideoModel {

    /** What the model is asked for; {@code settings} are what the finished video must have. */
    record ClipRequest(String jobId, String prompt, Optional<String> negativePrompt, RenderSettings settings, long seed) {
    }

    /** Makes the clip, writing it under {@code work}; {@code progress} hears 0..1 as the model reports it. */
    Path generate(ClipRequest request, Path work, DoubleConsumer progress);

    /** Stops the model's job for {@code jobId} if it still runs (the task was cancelled); never throws. */
    void cancel(String jobId);
}
