package dev.videoagent.core.model;

/**
 * Counts in tokens (words and punctuation marks): a replace of m tokens by n counts min(m, n) replaced and the rest
 * inserted (n > m) or deleted (m > n), so inserted - deleted is always how many tokens the text grew by;
 * similarity = 2 x unchanged tokens / (tokens before + tokens after).
 */
public record DiffStats(int inserted, int deleted, int replaced, int wordsBefore, int wordsAfter, double similarity) {
}
