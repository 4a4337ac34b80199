package dev.videoagent.core.usecase;

import dev.videoagent.core.error.NotFoundException;
import dev.videoagent.core.model.GenerationRecord;
import dev.videoagent.core.model.HistoryEntry;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.port.HistoryRepository;

/** The caller's own prompts and their versions, as every version route reads them: anything else is a 404. */
final class OwnedPrompts {

    private OwnedPrompts() {
    }

    /** The caller's prompt with its versions; another person's is answered as one that does not exist. */
    static HistoryEntry entry(HistoryRepository history, UserId caller, String promptId) {
        GenerationRecord generation = history.findGeneration(promptId).filter(g -> g.owner().equals(caller))
                .orElseThrow(() -> new NotFoundException("No prompt with id '" + promptId + "'."));
        return new HistoryEntry(generation, history.edits(promptId));
    }

    /** The text of a version the prompt has; 404 naming the latest for one it does not. */
    static String text(HistoryEntry entry, int version) {
        return entry.textOf(version).orElseThrow(() -> new NotFoundException("Prompt '" + entry.generation().id()
                + "' has no version " + version + "; its latest is " + entry.latestVersion() + "."));
    }
}
