package dev.videoagent.core.port;

import dev.videoagent.core.model.GeneratedPrompt;
import dev.videoagent.core.model.Suggestion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cache in memory, with TTLs: for the CLI and tests. Same contract as the Redis cache. */
public final class InMemoryPromptCache implements PromptCache {

    private record Entry(Object value, Instant expires) {
    }

    private final Clock clock;
    private final Map<String, Long> versions = new HashMap<>();
    private final Map<String, Entry> entries = new HashMap<>();

    public InMemoryPromptCache(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Map<String, Long> versions(Collection<String> scopes) {
        Map<String, Long> out = new LinkedHashMap<>();
        scopes.forEach(s -> out.put(s, versions.getOrDefault(s, 0L)));
        return out;
    }

    @Override
    public synchronized void invalidate(Collection<String> scopes) {
        scopes.forEach(s -> versions.merge(s, 1L, Long::sum));
    }

    @Override
    public Optional<GeneratedPrompt> generation(String key) {
        return get(key).map(GeneratedPrompt.class::cast);
    }

    @Override
    public void putGeneration(String key, GeneratedPrompt value, Duration ttl) {
        put(key, value, ttl);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<List<Suggestion>> suggestions(String key) {
        return get(key).map(v -> (List<Suggestion>) v);
    }

    @Override
    public void putSuggestions(String key, List<Suggestion> value, Duration ttl) {
        put(key, List.copyOf(value), ttl);
    }

    private synchronized Optional<Object> get(String key) {
        Entry entry = entries.get(key);
        if (entry == null || !clock.instant().isBefore(entry.expires())) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    private synchronized void put(String key, Object value, Duration ttl) {
        entries.put(key, new Entry(value, clock.instant().plus(ttl)));
    }
}
