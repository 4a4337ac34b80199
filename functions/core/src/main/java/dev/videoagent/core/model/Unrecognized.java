package dev.videoagent.core.model;

/**
 * A word of the idea the engine did not understand, with its offsets in the idea (UTF-16 code units of
 * {@code concept}, end exclusive), so a page can mark it and the person can rephrase.
 */
public record Unrecognized(String text, int start, int end) {
}
