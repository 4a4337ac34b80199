package dev.videoagent.adapters.cache;

import dev.videoagent.core.port.InMemoryPromptCache;
import dev.videoagent.core.port.PromptCache;
import dev.videoagent.core.port.TestClock;

class InMemoryPromptCacheTest extends PromptCacheContract {

    /** A test clock: time passes only when the test says so. */
    private final TestClock clock = TestClock.at(java.time.Instant.parse("2026-12-01T10:00:00Z"));
    private final InMemoryPromptCache cache = new InMemoryPromptCache(clock);

    @Override
    protected void elapse(java.time.Duration time) {
        clock.advance(time);
    }

    @Override
    protected PromptCache cache() {
        return cache;
    }
}
