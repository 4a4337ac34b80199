package dev.videoagent.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A generation with its edits, oldest first: version 0 is the generated prompt, version n the n-th edit's text.
 * The current prompt is the last edit's text, or the generated one.
 */
public record HistoryEntry(GenerationRecord generation, List<EditRecord> edits) {

    public HistoryEntry {
        edits = List.copyOf(edits);
    }

    public String currentPrompt() {
        return edits.isEmpty() ? generation.result().prompt() : edits.get(edits.size() - 1).edited();
    }

    public int latestVersion() {
        return edits.isEmpty() ? 0 : edits.get(edits.size() - 1).version();
    }

    /** The text of a version, when the prompt has it. */
    public Optional<String> textOf(int version) {
        if (version == 0) {
            return Optional.of(generation.result().prompt());
        }
        return edits.stream().filter(e -> e.version() == version).findFirst().map(EditRecord::edited);
    }
}
