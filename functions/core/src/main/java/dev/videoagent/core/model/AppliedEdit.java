package dev.videoagent.core.model;

import java.util.List;

/** The word ops of one edit version. */
public record AppliedEdit(int version, List<WordOp> ops) {
}
