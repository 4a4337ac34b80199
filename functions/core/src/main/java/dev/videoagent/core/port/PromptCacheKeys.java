package dev.videoagent.core.port;

import dev.videoagent.core.model.Hashes;
import dev.videoagent.core.model.UserId;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cache keys: a schema version (bumped when what is cached changes shape, so old entries are never
 * read), the kind, and a hash of the request together with the versions of its scopes.
 */
public final class PromptCacheKeys {

    public static final String SCHEMA = "v3";
    public static final Duration GENERATION_TTL = Duration.ofMinutes(10);
    /** Short: new generations (not only edits) change suggestion lists. */
    public static final Duration SUGGESTIONS_TTL = Duration.ofSeconds(60);

    private PromptCacheKeys() {
    }

    /** One person's answer: it may carry their own edited prompt, which is nobody else's to be served. */
    public static String generation(UserId caller, String concept, boolean rewrite, String target,
                                    Map<String, Long> versions) {
        return SCHEMA + ":gen:" + hash(caller.value() + '\u0000' + concept + '\u0000' + rewrite + '\u0000' + target,
                versions);
    }

    /** One person's list: it holds their own past prompts. */
    public static String suggestions(UserId caller, String concept, int limit, Map<String, Long> versions) {
        return SCHEMA + ":sug:" + hash(caller.value() + '\u0000' + concept + '\u0000' + limit, versions);
    }

    private static String hash(String request, Map<String, Long> versions) {
        StringBuilder text = new StringBuilder(request);
        new TreeMap<>(versions).forEach((scope, version) -> text.append('\u0000').append(scope).append('=').append(version));
        return Hashes.sha256Hex(text.toString(), 20);
    }
}
