package dev.videoagent.core.model;

/** One JSON Patch operation; {@code value} is null for {@code remove}. */
public record SlotOp(String op, String path, String value) {
}
