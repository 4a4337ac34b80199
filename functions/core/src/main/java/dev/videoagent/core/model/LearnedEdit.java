package dev.videoagent.core.model;

/** One learned edit applied to a new prompt, with the evidence for it. */
public record LearnedEdit(String op, String term, String scope, long support, double share) {
}
