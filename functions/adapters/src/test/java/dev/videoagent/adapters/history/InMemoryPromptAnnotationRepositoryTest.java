package dev.videoagent.adapters.history;

import dev.videoagent.core.port.InMemoryPromptAnnotationRepository;
import dev.videoagent.core.port.PromptAnnotationRepository;

class InMemoryPromptAnnotationRepositoryTest extends PromptAnnotationRepositoryContract {

    private final InMemoryPromptAnnotationRepository repository = new InMemoryPromptAnnotationRepository();

    @Override
    protected PromptAnnotationRepository repository() {
        return repository;
    }
}
