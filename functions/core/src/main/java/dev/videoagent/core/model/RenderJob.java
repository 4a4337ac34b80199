package dev.videoagent.core.model;

import java.util.Optional;

/**
 * One run of the render task: what to draw, how big, where the files go, which attempt this is and
 * whether it is the workflow's fallback. The poster sits next to the video, same name, {@code .jpg}.
 */
public record RenderJob(String jobId, String prompt, Optional<String> title, RenderSettings settings,
                        String outputBucket, String outputKey, int attempt, Mode mode) {

    public enum Mode { RENDER, FALLBACK }

    public RenderJob {
        title = title == null ? Optional.empty() : title;
    }

    public String posterKey() {
        return outputKey.substring(0, outputKey.length() - ".webm".length()) + ".jpg";
    }
}
