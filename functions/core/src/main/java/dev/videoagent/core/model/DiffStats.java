package dev.videoagent.core.model;

/** Counts in tokens; similarity = 2 x unchanged tokens / (tokens before + tokens after). */
public record DiffStats(int inserted, int deleted, int replaced, int wordsBefore, int wordsAfter, double similarity) {
}
