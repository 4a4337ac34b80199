package dev.videoagent.core.port;

import dev.videoagent.core.model.GeneratedPrompt;
import dev.videoagent.core.model.Suggestion;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: the answer cache (ElastiCache in AWS, the embedded redis-server locally). Entries are
 * looked up by keys that carry the versions of the scopes they depend on ({@link PromptCacheKeys}),
 * so invalidating a scope makes every entry built on its old version unreachable; TTLs clear them.
 * Implementations throw {@link dev.videoagent.core.error.DependencyUnavailableException} when the
 * cache does not answer; callers then work uncached.
 */
public interface PromptCache {

    /** The current version of each scope; a scope never invalidated is at 0. */
    Map<String, Long> versions(Collection<String> scopes);

    /** Moves the scopes to a new version: what was cached under them is stale from now on. */
    void invalidate(Collection<String> scopes);

    Optional<GeneratedPrompt> generation(String key);

    void putGeneration(String key, GeneratedPrompt value, Duration ttl);

    Optional<List<Suggestion>> suggestions(String key);

    void putSuggestions(String key, List<Suggestion> value, Duration ttl);
}
