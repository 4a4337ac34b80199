package dev.videoagent.core.usecase;
import dev.videoagent.core.engine.learning.EditLearning;
import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.engine.prompt.RewriteGuard;
import dev.videoagent.core.error.BestEffort;
import dev.videoagent.core.model.ConceptKeys;
import dev.videoagent.core.model.GeneratedPrompt;
import dev.videoagent.core.model.GenerationRecord;
import dev.videoagent.core.model.LearnedEdit;
import dev.videoagent.core.model.MetricName;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.ReusedPrompt;
import dev.videoagent.core.model.RewriteOutcome;
import dev.videoagent.core.model.ScopeTerms;
import dev.videoagent.core.model.Suggestion;
import dev.videoagent.core.model.Target;
import dev.videoagent.core.model.UsageLimit;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.port.HistoryRepository;
import dev.videoagent.core.port.Metrics;
import dev.videoagent.core.port.PromptCache;
import dev.videoagent.core.port.PromptCacheKeys;
import dev.videoagent.core.port.PromptRewriter;
import dev.videoagent.core.port.UsageLimits;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: generate a prompt for an idea. The answer comes from the cache when the same idea was
 * answered under the same versions of its scopes; else the engine's prompt, optionally polished by
 * an LLM (accepted only when the guard agrees), replaced by an edited prompt of a past request at >= 0.9
 * similarity (the caller's own, or words enough people settled on), or improved by the caller's own edits
 * and the well-supported edits people made to similar requests. Every
 * generation is stored in history. History or cache being down does not stop generation: the answer
 * then says {@code stored: false}, and a degraded answer is not cached.
 */
public final class GeneratePrompt {

    private static final Logger LOG = LoggerFactory.getLogger(GeneratePrompt.class);

    /** The past request's optimized prompt when it is at least this similar (the original design's rule). */
    public static final double REUSE_SIMILARITY = 0.9;
    /** Suggestions looked at for reuse: an unedited own prompt may be the most similar. */
    static final int REUSE_CANDIDATES = 3;

    private final PromptEngine engine;
    private final HistoryRepository history;
    private final PromptCache cache;
    private final Optional<PromptRewriter> rewriter;
    private final Clock clock;
    private final Supplier<String> ids;
    private final SuggestPrompts suggest;
    private final Metrics metrics;
    private final UsageLimits limits;
    private final int learningMinUsers;

    public GeneratePrompt(PromptEngine engine, HistoryRepository history, PromptCache cache,
                          Optional<PromptRewriter> rewriter, Clock clock, Supplier<String> ids) {
        this(engine, history, cache, rewriter, clock, ids, Metrics.NONE);
    }

    public GeneratePrompt(PromptEngine engine, HistoryRepository history, PromptCache cache,
                          Optional<PromptRewriter> rewriter, Clock clock, Supplier<String> ids, Metrics metrics) {
        this(engine, history, cache, new SuggestPrompts(engine, history, cache), rewriter, clock, ids, metrics);
    }

    /** With the runtime's one {@link SuggestPrompts} (the same engine, history and cache), without limits. */
    public GeneratePrompt(PromptEngine engine, HistoryRepository history, PromptCache cache, SuggestPrompts suggest,
                          Optional<PromptRewriter> rewriter, Clock clock, Supplier<String> ids, Metrics metrics) {
        this(engine, history, cache, suggest, rewriter, clock, ids, metrics, UsageLimits.NONE, EditLearning.MIN_PEOPLE);
    }

    /** ...and what one person may generate ({@link UsageLimit#WRITE}) and weighs in others' learning. */
    public GeneratePrompt(PromptEngine engine, HistoryRepository history, PromptCache cache, SuggestPrompts suggest,
                          Optional<PromptRewriter> rewriter, Clock clock, Supplier<String> ids, Metrics metrics,
                          UsageLimits limits, int learningMinUsers) {
        this.limits = limits;
        this.learningMinUsers = learningMinUsers;
        this.metrics = metrics;
        this.engine = engine;
        this.history = history;
        this.cache = cache;
        this.rewriter = rewriter;
        this.clock = clock;
        this.ids = ids;
        this.suggest = suggest;
    }

    /** Generates the prompt for the caller's idea and stores it as the caller's. */
    public GeneratedPrompt handle(UserId caller, GeneratePromptCommand command) {
        limits.take(caller, UsageLimit.WRITE);
        PromptResult analyzed = engine.generate(command.concept(), command.target());
        List<String> scopes = ConceptKeys.scopes(analyzed);
        Optional<String> key = BestEffort.attempt("generate cache",
                () -> PromptCacheKeys.generation(caller, analyzed.concept(), command.rewrite(), command.target().key(),
                        cache.versions(scopes)));
        Optional<GeneratedPrompt> hit = key.flatMap(k -> BestEffort.attempt("generate cache",
                () -> cache.generation(k).orElse(null)));
        String id = ids.get();
        // the dashboard's cache hit ratio is the average of these
        metrics.record(MetricName.CACHE_HIT_RATIO, hit.isPresent() ? 1 : 0);
        if (hit.isPresent()) {
            return hit.get().servedAgain(id, store(caller, id, hit.get().result()));
        }

        PromptResult result = analyzed;
        RewriteOutcome rewrite = RewriteOutcome.OFF;
        boolean degraded = false;
        if (command.rewrite() && command.target() != Target.GENERIC) {
            // the rewrite writes one short description: it would undo a target model's own layout
            rewrite = RewriteOutcome.rejected("the rewrite applies to the generic target only", null);
        } else if (command.rewrite() && rewriter.isPresent()) {
            PromptRewriter model = rewriter.get();
            try {
                String proposal = model.rewrite(result.concept(), result.prompt());
                Optional<String> rejection = RewriteGuard.rejection(result, proposal.strip());
                if (rejection.isEmpty()) {
                    result = result.withPrompt(proposal.strip());
                    rewrite = RewriteOutcome.used(model.model());
                } else {
                    rewrite = RewriteOutcome.rejected(rejection.get(), model.model());
                }
            } catch (RuntimeException e) {
                LOG.warn("rewrite: model {} failed: {}", model.model(), e.toString());
                rewrite = RewriteOutcome.rejected("the model did not answer", model.model());
                degraded = true;
            }
        } else if (command.rewrite()) {
            rewrite = RewriteOutcome.rejected("no rewrite model is configured", null);
        }

        // past prompts and learned edits are phrase lists: they apply to the generic preset only
        boolean phrases = command.target() == Target.GENERIC;
        Optional<List<Suggestion>> similar = phrases ? BestEffort.attempt("history reuse",
                () -> suggest.handle(caller, analyzed, REUSE_CANDIDATES)) : Optional.of(List.of());
        // only an edited prompt: an unedited one is what the engine answers anyway, without what has been learned
        // since; and only the caller's own or words enough people settled on (the suggestions hold nothing else)
        Optional<Suggestion> reused = similar.orElse(List.of()).stream()
                .filter(s -> s.similarity() >= REUSE_SIMILARITY && s.editCount() > 0).findFirst();
        List<LearnedEdit> learned = List.of();
        if (!phrases) {
            learned = List.of();
        } else if (reused.isPresent()) {
            result = result.withPrompt(reused.get().prompt());
        } else {
            Optional<List<ScopeTerms>> terms = BestEffort.attempt("learned edits", () -> history.learnedTerms(scopes));
            EditLearning.Learned applied = EditLearning.apply(result, terms.orElse(List.of()), caller,
                    learningMinUsers);
            result = applied.result();
            learned = applied.applied();
            degraded |= terms.isEmpty();
        }
        degraded |= similar.isEmpty();

        boolean stored = store(caller, id, result);
        GeneratedPrompt answer = new GeneratedPrompt(id, result, stored, false,
                reused.map(ReusedPrompt::of), rewrite, learned);
        if (key.isPresent() && !degraded) {
            BestEffort.run("generate cache", () -> cache.putGeneration(key.get(), answer, PromptCacheKeys.GENERATION_TTL));
        }
        return answer;
    }

    private boolean store(UserId caller, String id, PromptResult result) {
        boolean stored = BestEffort.run("history",
                () -> history.saveGeneration(new GenerationRecord(id, caller, result, clock.instant())));
        if (!stored) {
            LOG.warn("history unavailable; generation {} not stored", id);
        }
        return stored;
    }
}
