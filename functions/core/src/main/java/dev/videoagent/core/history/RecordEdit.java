package dev.videoagent.core.history;

import dev.videoagent.core.diff.SlotPatch;
import dev.videoagent.core.diff.WordDiff;
import dev.videoagent.core.error.NotFoundException;
import dev.videoagent.core.prompt.PromptEngine;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Use case: diff an edited prompt against its original (words and slots) and store it as the next
 * immutable version of its generation. Reverting is just another edit back to an older text.
 */
public final class RecordEdit {

    private final PromptEngine engine;
    private final HistoryRepository history;
    private final Clock clock;
    private final Supplier<String> ids;

    public RecordEdit(PromptEngine engine, HistoryRepository history, Clock clock, Supplier<String> ids) {
        this.engine = engine;
        this.history = history;
        this.clock = clock;
        this.ids = ids;
    }

    public EditRecord handle(RecordEditCommand command) {
        command.promptId().ifPresent(id -> history.findGeneration(id)
                .orElseThrow(() -> new NotFoundException("No prompt with id '" + id + "'.")));
        WordDiff.Result diff = WordDiff.diff(command.original(), command.edited());
        var slotChanges = SlotPatch.between(engine.generate(command.original()).slots(),
                engine.generate(command.edited()).slots());
        EditRecord edit = new EditRecord(ids.get(), command.promptId().orElse(null), 0, command.original(),
                command.edited(), diff.ops(), diff.stats(), slotChanges, clock.instant());
        return history.appendEdit(edit);
    }
}
