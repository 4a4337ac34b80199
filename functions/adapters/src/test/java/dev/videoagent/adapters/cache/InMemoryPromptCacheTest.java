package dev.videoagent.adapters.cache;

import dev.videoagent.core.port.InMemoryPromptCache;
import dev.videoagent.core.port.PromptCache;
import java.time.Clock;

class InMemoryPromptCacheTest extends PromptCacheContract {

    private final java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
            new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.parse("2026-12-01T10:00:00Z"));
    /** A test clock: time passes only when the test says so. */
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now.get();
        }
    };
    private final InMemoryPromptCache cache = new InMemoryPromptCache(clock);

    @Override
    protected void elapse(java.time.Duration time) {
        now.updateAndGet(t -> t.plus(time));
    }

    @Override
    protected PromptCache cache() {
        return cache;
    }
}
