package dev.videoagent.core.model;

import java.util.List;

/** One change: {@code insert}, {@code delete} or {@code replace} at a token index of the original. */
public record WordOp(String op, int position, List<String> before, List<String> after) {
    public WordOp {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
