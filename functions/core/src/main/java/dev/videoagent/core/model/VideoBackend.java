package dev.videoagent.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What makes a render's video: the procedural renderer (the default, and the workflow's fallback whatever the
 * backend), a ComfyUI server running a text-to-video workflow, or Amazon Bedrock's Luma Ray2.
 */
public enum VideoBackend {
    PROCEDURAL("procedural"), COMFYUI("comfyui"), BEDROCK_LUMA("bedrock-luma");

    private final String key;

    VideoBackend(String key) {
        this.key = key;
    }

    /** The name in {@code RENDER_BACKEND}, CDK context and the API. */
    public String key() {
        return key;
    }

    public static Optional<VideoBackend> fromKey(String value) {
        String k = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(b -> b.key.equals(k)).findFirst();
    }
}
