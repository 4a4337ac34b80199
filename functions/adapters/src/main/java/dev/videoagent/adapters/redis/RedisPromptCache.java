package dev.videoagent.adapters.redis;

import dev.videoagent.adapters.bson.ModelDocuments;
import dev.videoagent.core.model.AppliedEdit;
import dev.videoagent.core.model.GeneratedPrompt;
import dev.videoagent.core.model.LearnedEdit;
import dev.videoagent.core.model.RewriteOutcome;
import dev.videoagent.core.model.ReusedPrompt;
import dev.videoagent.core.model.Suggestion;
import dev.videoagent.core.port.PromptCache;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.bson.Document;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

/**
 * The answer cache in Redis/ElastiCache. Values are the history's BSON documents as JSON (readable
 * with redis-cli); scope versions are plain counters in the same store, so a Redis that loses its
 * data loses both together. After a failure Redis is not asked again for {@code retryAfter}, so a
 * dead cache costs one timeout, not one per request. Invalidations that failed are kept and sent
 * first when Redis answers again, so this process never reads an entry an edit made stale.
 */
public final class RedisPromptCache implements PromptCache {

    static final String PREFIX = "videoagent:";

    private final RedisConnection redis;
    private final Set<String> pendingInvalidations = new LinkedHashSet<>();

    public RedisPromptCache(RedisConnection redis) {
        this.redis = redis;
    }

    @Override
    public Map<String, Long> versions(Collection<String> scopes) {
        List<String> list = new ArrayList<>(new LinkedHashSet<>(scopes));
        return call(commands -> {
            Map<String, Long> out = new LinkedHashMap<>();
            if (list.isEmpty()) {
                return out;
            }
            List<String> values = commands.mget(list.stream().map(RedisPromptCache::scopeKey)
                    .toArray(String[]::new));
            for (int i = 0; i < list.size(); i++) {
                String value = values.get(i);
                out.put(list.get(i), value != null ? Long.parseLong(value) : 0L);
            }
            return out;
        });
    }

    @Override
    public void invalidate(Collection<String> scopes) {
        synchronized (pendingInvalidations) {
            pendingInvalidations.addAll(scopes);
        }
        call(commands -> null);
    }

    @Override
    public Optional<GeneratedPrompt> generation(String key) {
        return call(commands -> Optional.ofNullable(commands.get(PREFIX + key)).map(Document::parse)
                .map(RedisPromptCache::generation));
    }

    @Override
    public void putGeneration(String key, GeneratedPrompt value, Duration ttl) {
        String json = generation(value).toJson();
        call(commands -> commands.set(PREFIX + key, json, SetParams.setParams().px(ttl.toMillis())));
    }

    @Override
    public Optional<List<Suggestion>> suggestions(String key) {
        return call(commands -> Optional.ofNullable(commands.get(PREFIX + key)).map(Document::parse)
                .map(RedisPromptCache::suggestions));
    }

    @Override
    public void putSuggestions(String key, List<Suggestion> value, Duration ttl) {
        String json = suggestions(value).toJson();
        call(commands -> commands.set(PREFIX + key, json, SetParams.setParams().px(ttl.toMillis())));
    }

    static String scopeKey(String scope) {
        return PREFIX + "scope:" + scope;
    }

    /** Runs a call after sending pending invalidations; any Redis failure opens the breaker. */
    private <T> T call(Function<RedisClient, T> call) {
        return redis.call(commands -> {
            flushInvalidations(commands);
            return call.apply(commands);
        });
    }

    private void flushInvalidations(RedisClient commands) {
        synchronized (pendingInvalidations) {
            for (var it = pendingInvalidations.iterator(); it.hasNext(); ) {
                commands.incr(scopeKey(it.next()));
                it.remove();
            }
        }
    }

    static Document generation(GeneratedPrompt g) {
        List<Document> learned = new ArrayList<>();
        for (LearnedEdit a : g.learnedEdits()) {
            learned.add(new Document("op", a.op().wire()).append("term", a.term()).append("scope", a.scope())
                    .append("support", a.support()).append("share", a.share())
                    .append("personal", a.personal()));
        }
        return new Document("id", g.id()).append("result", ModelDocuments.result(g.result()))
                .append("stored", g.stored()).append("fromHistory", g.fromHistory().map(r -> new Document("promptId", r.ownPromptId().orElse(null))
                        .append("people", r.people())).orElse(null))
                .append("rewrite", new Document("status", g.rewrite().status().wire())
                        .append("reason", g.rewrite().reason()).append("model", g.rewrite().model()))
                .append("learned", learned);
    }

    static GeneratedPrompt generation(Document d) {
        List<LearnedEdit> learned = new ArrayList<>();
        for (Document a : ModelDocuments.documents(d.get("learned"))) {
            learned.add(new LearnedEdit(LearnedEdit.Kind.fromWire(a.getString("op")), a.getString("term"),
                    a.getString("scope"), a.get("support", Number.class).longValue(), ModelDocuments.number(a.get("share")),
                    a.getBoolean("personal", false))); // entries cached before personal learning have none
        }
        Document rewrite = d.get("rewrite", Document.class);
        return new GeneratedPrompt(d.getString("id"), ModelDocuments.result(d.get("result", Document.class)),
                d.getBoolean("stored"), false, Optional.ofNullable(d.get("fromHistory", Document.class))
                        .map(r -> new ReusedPrompt(Optional.ofNullable(r.getString("promptId")), r.getInteger("people"))),
                new RewriteOutcome(RewriteOutcome.Status.fromWire(rewrite.getString("status")),
                        rewrite.getString("reason"), rewrite.getString("model")),
                learned);
    }

    static Document suggestions(List<Suggestion> list) {
        List<Document> items = new ArrayList<>();
        for (Suggestion s : list) {
            List<Document> applied = new ArrayList<>();
            s.appliedEdits().forEach(a -> applied.add(new Document("version", a.version())
                    .append("ops", ModelDocuments.ops(a.ops()))));
            items.add(new Document("promptId", s.promptId()).append("concept", s.concept()).append("prompt", s.prompt())
                    .append("similarity", s.similarity()).append("editCount", s.editCount())
                    .append("appliedEdits", applied).append("own", s.own()).append("people", s.people()));
        }
        return new Document("items", items);
    }

    static List<Suggestion> suggestions(Document d) {
        List<Suggestion> out = new ArrayList<>();
        for (Document s : ModelDocuments.documents(d.get("items"))) {
            List<AppliedEdit> applied = new ArrayList<>();
            for (Document a : ModelDocuments.documents(s.get("appliedEdits"))) {
                applied.add(new AppliedEdit(a.getInteger("version"), ModelDocuments.ops(a.get("ops"))));
            }
            out.add(new Suggestion(s.getString("promptId"), s.getString("concept"), s.getString("prompt"),
                    ModelDocuments.number(s.get("similarity")), s.getInteger("editCount"), applied, s.getBoolean("own"),
                    s.getInteger("people")));
        }
        return out;
    }
}
