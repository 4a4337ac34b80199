package dev.videoagent.core.model;

import java.util.List;

/** One suggestion: the past request, its best prompt, how similar it is and how it was edited. */
public record Suggestion(String promptId, String concept, String prompt, double similarity, int editCount,
                         List<AppliedEdit> appliedEdits) {
}
