package dev.videoagent.core.usecase;
import dev.videoagent.core.engine.diff.SlotPatch;
import dev.videoagent.core.engine.diff.WordDiff;
import dev.videoagent.core.engine.learning.EditLearning;
import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.error.BestEffort;
import dev.videoagent.core.error.ConflictException;
import dev.videoagent.core.error.NotFoundException;
import dev.videoagent.core.error.ValidationException;
import dev.videoagent.core.error.VersionTakenException;
import dev.videoagent.core.model.DiffStats;
import dev.videoagent.core.model.EditRecord;
import dev.videoagent.core.model.GenerationRecord;
import dev.videoagent.core.model.HistoryEntry;
import dev.videoagent.core.model.LearnedChange;
import dev.videoagent.core.model.SlotOp;
import dev.videoagent.core.model.UsageLimit;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.model.WordOp;
import dev.videoagent.core.port.HistoryRepository;
import dev.videoagent.core.port.PromptCache;
import dev.videoagent.core.port.UsageLimits;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: diff an edited prompt against its original (words and slots) and store it as the next
 * immutable version of its generation. A revert is another edit: back to an older version's text. The
 * stored edit is the record of truth; then the prompt's learned net change is updated and the cache
 * entries built on the request's scopes are invalidated. Those two are derived: if they fail the edit
 * stays stored, the next edit of the prompt recomputes the change, and cache entries expire by TTL.
 */
public final class RecordEdit {

    private static final Logger LOG = LoggerFactory.getLogger(RecordEdit.class);

    private final PromptEngine engine;
    private final HistoryRepository history;
    private final PromptCache cache;
    private final Clock clock;
    private final Supplier<String> ids;
    private final UsageLimits limits;

    public RecordEdit(PromptEngine engine, HistoryRepository history, PromptCache cache, Clock clock,
                      Supplier<String> ids) {
        this(engine, history, cache, clock, ids, UsageLimits.NONE);
    }

    /** ...and what one person may save ({@link UsageLimit#WRITE}); previews are free. */
    public RecordEdit(PromptEngine engine, HistoryRepository history, PromptCache cache, Clock clock,
                      Supplier<String> ids, UsageLimits limits) {
        this.limits = limits;
        this.engine = engine;
        this.history = history;
        this.cache = cache;
        this.clock = clock;
        this.ids = ids;
    }

    /** The diff of an edit in progress, stored nowhere: what the page shows while the person types. */
    public record Preview(List<WordOp> ops, DiffStats stats, List<SlotOp> slotChanges) {
    }

    public Preview preview(RecordEditCommand command) {
        WordDiff.Result diff = WordDiff.diff(command.original(), command.edited());
        return new Preview(diff.ops(), diff.stats(), SlotPatch.between(engine.generate(command.original()).slots(),
                engine.generate(command.edited()).slots()));
    }

    /**
     * Stores the edit. An edit of a stored prompt says which version it was made on: that version must be the
     * latest and {@code original} its text, else it would overwrite what its author did not see (409 with the
     * current version and text). The version it becomes is taken atomically, so two editors of one version
     * cannot both win.
     */
    public EditRecord handle(UserId caller, RecordEditCommand command) {
        limits.take(caller, UsageLimit.WRITE);
        // another person's prompt is answered as one that does not exist: its id tells nothing
        Optional<GenerationRecord> generation = command.promptId().map(id -> history.findGeneration(id)
                .filter(g -> g.owner().equals(caller))
                .orElseThrow(() -> new NotFoundException("No prompt with id '" + id + "'.")));
        int version = 0;
        if (generation.isPresent()) {
            int base = command.baseVersion().orElseThrow(() -> new ValidationException(
                    "Field 'baseVersion' is required with 'promptId': the version the edit was made on (0 = generated)."));
            List<EditRecord> edits = history.edits(generation.get().id());
            checkCurrent(generation.get(), edits, base, command.original());
            version = base + 1;
        }
        Preview diff = preview(command);
        EditRecord proposed = new EditRecord(ids.get(), caller, command.promptId().orElse(null), version,
                command.original(), command.edited(), diff.ops(), diff.stats(), diff.slotChanges(), command.message(),
                clock.instant());
        EditRecord edit;
        try {
            edit = history.appendEdit(proposed);
        } catch (VersionTakenException e) {
            // another edit of the same version was stored between the check and this write
            List<EditRecord> edits = history.edits(generation.get().id());
            throw conflict(generation.get(), edits);
        }
        generation.ifPresent(g -> learn(g, edit));
        return edit;
    }

    /**
     * Makes an older version's text the next version (nothing is lost: history only grows). 404 for a version the
     * prompt does not have; 409 when {@code baseVersion} is given and the prompt has moved on since.
     */
    public EditRecord revert(UserId caller, RevertCommand command) {
        HistoryEntry entry = OwnedPrompts.entry(history, caller, command.promptId());
        GenerationRecord generation = entry.generation();
        String text = OwnedPrompts.text(entry, command.version());
        if (command.baseVersion().filter(b -> b != entry.latestVersion()).isPresent()) {
            throw conflict(generation, entry.edits());
        }
        return handle(caller, new RecordEditCommand(Optional.of(generation.id()), Optional.of(entry.latestVersion()),
                entry.currentPrompt(), text, command.message()));
    }

    private static void checkCurrent(GenerationRecord generation, List<EditRecord> edits, int base, String original) {
        if (base != latest(edits)) {
            throw conflict(generation, edits);
        }
        if (!current(generation, edits).equals(original)) {
            throw new ConflictException("Field 'original' is not the text of version " + base
                    + "; edit the current text.", base, current(generation, edits));
        }
    }

    private static ConflictException conflict(GenerationRecord generation, List<EditRecord> edits) {
        return new ConflictException("The prompt was edited meanwhile; version " + latest(edits)
                + " is the current one.", latest(edits), current(generation, edits));
    }

    private static int latest(List<EditRecord> edits) {
        return edits.isEmpty() ? 0 : edits.get(edits.size() - 1).version();
    }

    private static String current(GenerationRecord generation, List<EditRecord> edits) {
        return new HistoryEntry(generation, edits).currentPrompt();
    }

    private void learn(GenerationRecord generation, EditRecord edit) {
        LearnedChange change = EditLearning.change(generation.id(), generation.owner(), edit.version(),
                generation.result(), edit.edited());
        if (!BestEffort.run("learned change", () -> history.saveLearnedChange(change))) {
            LOG.warn("edit {} stored; its learned change is not (history unavailable)", edit.id());
        }
        if (!BestEffort.run("cache invalidation", () -> cache.invalidate(change.scopes()))) {
            LOG.warn("edit {} stored; cache not invalidated, entries expire by TTL", edit.id());
        }
    }
}
