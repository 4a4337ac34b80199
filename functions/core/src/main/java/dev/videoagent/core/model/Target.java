package dev.videoagent.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The text-to-video model a prompt is written for ({@code options.target}); docs/prompt-engine.md says
 * which public guidance each preset follows.
 */
public enum Target {
    /** Comma-separated phrases, subject first, at most 512 characters. */
    GENERIC,
    /** Wan 2.x: one descriptive paragraph of about 80-120 words: subject, scene, motion, camera, style. */
    WAN,
    /** LTX-Video: one chronological paragraph, at most 150 words, action first, then look and camera. */
    LTX,
    /** HunyuanVideo: subject, motion, scene, shot, camera, lighting, style, atmosphere, in that order. */
    HUNYUAN,
    /** Luma Dream Machine / Ray2: a caption, no negation words, camera move first, at most 512 characters. */
    LUMA;

    /** The longest prompt for this model: a caption or phrase list fits 512 characters, a paragraph 1,000. */
    public int maxChars() {
        return this == WAN || this == LTX ? 1_000 : PromptResult.MAX_PROMPT_CHARS;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Target> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Target::key).toList();
    }
}
