package dev.videoagent.core.usecase;
import dev.videoagent.core.error.ValidationException;
import dev.videoagent.core.model.GenerationRecord;
import dev.videoagent.core.model.HistoryEntry;
import dev.videoagent.core.model.RecordIds;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.port.HistoryRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Use case: the caller's recent generations with their edits, newest first, paged with a {@code before} id. */
public final class ListHistory {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private final HistoryRepository history;

    public ListHistory(HistoryRepository history) {
        this.history = history;
    }

    public List<HistoryEntry> handle(UserId caller, int limit, Optional<String> before) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("Parameter 'limit' must be between 1 and " + MAX_LIMIT + ".");
        }
        if (before.isPresent() && !RecordIds.isValid(before.get())) {
            throw new ValidationException("Parameter 'before' is not a prompt id.");
        }
        List<HistoryEntry> entries = new ArrayList<>();
        for (GenerationRecord generation : history.recent(caller, limit, before)) {
            entries.add(new HistoryEntry(generation, history.edits(generation.id())));
        }
        return entries;
    }
}
