package dev.videoagent.adapters.history;

import dev.videoagent.core.history.HistoryRepository;
import dev.videoagent.core.history.InMemoryHistoryRepository;

class InMemoryHistoryRepositoryTest extends HistoryRepositoryContract {

    private final InMemoryHistoryRepository repository = new InMemoryHistoryRepository();

    @Override
    protected HistoryRepository repository() {
        return repository;
    }
}
