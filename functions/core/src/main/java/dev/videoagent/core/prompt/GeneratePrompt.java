package dev.videoagent.core.prompt;

import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.history.GenerationRecord;
import dev.videoagent.core.history.HistoryRepository;
import dev.videoagent.core.history.SuggestPrompts;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: generate a prompt for an idea, optionally let an LLM polish it (accepted only when the
 * guard agrees), and store the generation in history. History being down does not stop generation:
 * the answer then says {@code stored: false}.
 */
public final class GeneratePrompt {

    private static final Logger LOG = LoggerFactory.getLogger(GeneratePrompt.class);

    private final PromptEngine engine;
    private final HistoryRepository history;
    private final Optional<PromptRewriter> rewriter;
    private final Clock clock;
    private final Supplier<String> ids;
    private final SuggestPrompts suggest;

    public GeneratePrompt(PromptEngine engine, HistoryRepository history, Optional<PromptRewriter> rewriter,
                          Clock clock, Supplier<String> ids) {
        this.engine = engine;
        this.history = history;
        this.rewriter = rewriter;
        this.clock = clock;
        this.ids = ids;
        this.suggest = new SuggestPrompts(engine, history);
    }

    /** The past request's optimized prompt when it is at least this similar (the original design's rule). */
    public static final double REUSE_SIMILARITY = 0.9;

    public GeneratedPrompt handle(GeneratePromptCommand command) {
        PromptResult result = engine.generate(command.concept());
        RewriteOutcome rewrite = RewriteOutcome.OFF;
        if (command.rewrite() && rewriter.isPresent()) {
            PromptRewriter model = rewriter.get();
            try {
                String proposal = model.rewrite(result.concept(), result.prompt());
                Optional<String> rejection = RewriteGuard.rejection(result, proposal.strip());
                if (rejection.isEmpty()) {
                    result = withPrompt(result, proposal.strip());
                    rewrite = RewriteOutcome.used(model.model());
                } else {
                    rewrite = RewriteOutcome.rejected(rejection.get(), model.model());
                }
            } catch (RuntimeException e) {
                LOG.warn("rewrite: model {} failed: {}", model.model(), e.toString());
                rewrite = RewriteOutcome.rejected("the model did not answer", model.model());
            }
        } else if (command.rewrite()) {
            rewrite = RewriteOutcome.rejected("no rewrite model is configured", null);
        }
        Optional<SuggestPrompts.Suggestion> reused = closePastRequest(result);
        if (reused.isPresent()) {
            result = withPrompt(result, reused.get().prompt());
        }
        String id = ids.get();
        boolean stored = true;
        try {
            history.saveGeneration(new GenerationRecord(id, result, clock.instant()));
        } catch (DependencyUnavailableException e) {
            LOG.warn("history unavailable; generation {} not stored", id);
            stored = false;
        }
        return new GeneratedPrompt(id, result, stored, false, reused.map(SuggestPrompts.Suggestion::promptId), rewrite);
    }

    /** History being down only means nothing is reused. */
    private Optional<SuggestPrompts.Suggestion> closePastRequest(PromptResult analyzed) {
        try {
            return suggest.handle(analyzed, 1).stream()
                    .filter(s -> s.similarity() >= REUSE_SIMILARITY).findFirst();
        } catch (DependencyUnavailableException e) {
            return Optional.empty();
        }
    }

    private static PromptResult withPrompt(PromptResult r, String prompt) {
        return new PromptResult(r.concept(), r.language(), r.category(), r.confidence(), r.slots(), r.styles(),
                prompt, r.negativePrompt(), r.trace(), r.unrecognized());
    }
}
