package dev.videoagent.core.model;

/** What a person's use is limited by: writes (generations and saved edits) and renders started. */
public enum UsageLimit {
    WRITE,
    RENDER
}
