package dev.videoagent.core.model;

import java.util.List;

/** A generation with its edits, oldest first; the current prompt is the last edit's text, or the generated one. */
public record HistoryEntry(GenerationRecord generation, List<EditRecord> edits) {

    public HistoryEntry {
        edits = List.copyOf(edits);
    }

    public String currentPrompt() {
        return edits.isEmpty() ? generation.result().prompt() : edits.get(edits.size() - 1).edited();
    }
}
