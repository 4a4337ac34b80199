package dev.videoagent.adapters.cache;

import dev.videoagent.core.cache.InMemoryPromptCache;
import dev.videoagent.core.cache.PromptCache;
import java.time.Clock;

class InMemoryPromptCacheTest extends PromptCacheContract {

    private final InMemoryPromptCache cache = new InMemoryPromptCache(Clock.systemUTC());

    @Override
    protected PromptCache cache() {
        return cache;
    }
}
