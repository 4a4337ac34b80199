package dev.videoagent.adapters.history;

import dev.videoagent.core.port.HistoryRepository;
import dev.videoagent.core.port.InMemoryHistoryRepository;

class InMemoryHistoryRepositoryTest extends HistoryRepositoryContract {

    private final InMemoryHistoryRepository repository = new InMemoryHistoryRepository();

    @Override
    protected HistoryRepository repository() {
        return repository;
    }
}
