package dev.videoagent.core.usecase;

import dev.videoagent.core.engine.learning.EditLearning;
import dev.videoagent.core.error.BestEffort;
import dev.videoagent.core.error.NotFoundException;
import dev.videoagent.core.model.HistoryEntry;
import dev.videoagent.core.model.LearnedChange;
import dev.videoagent.core.model.Rating;
import dev.videoagent.core.model.RenderJobRecord;
import dev.videoagent.core.model.UsageLimit;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.port.HistoryRepository;
import dev.videoagent.core.port.PromptAnnotationRepository;
import dev.videoagent.core.port.PromptCache;
import dev.videoagent.core.port.RenderJobRepository;
import dev.videoagent.core.port.UsageLimits;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: the owner rates a render ({@code PUT /api/renders/{jobId}/rating}) or a version of their prompt
 * ({@code PUT /api/prompts/{id}/versions/{v}/rating}), up or down. Ratings feed learning: the prompt's learned change
 * (that of its latest version) stands as its latest rating says, so edits behind results rated down teach nothing
 * and those behind results rated up weigh more. The rating is the record of truth; the learned change is derived
 * (if it fails, the next rating or edit of the prompt recomputes it).
 */
public final class RateResults {

    private static final Logger LOG = LoggerFactory.getLogger(RateResults.class);

    private final HistoryRepository history;
    private final RenderJobRepository renders;
    private final PromptAnnotationRepository annotations;
    private final PromptCache cache;
    private final UsageLimits limits;
    private final Clock clock;

    public RateResults(HistoryRepository history, RenderJobRepository renders, PromptAnnotationRepository annotations,
                       PromptCache cache, UsageLimits limits, Clock clock) {
        this.history = history;
        this.renders = renders;
        this.annotations = annotations;
        this.cache = cache;
        this.limits = limits;
        this.clock = clock;
    }

    public Rating rateRender(UserId caller, String jobId, Rating.Score score, Optional<String> note) {
        RenderJobRecord job = renders.find(jobId).filter(j -> j.owner().equals(caller))
                .orElseThrow(() -> new NotFoundException("No render job '" + jobId + "'."));
        Rating rating = new Rating(score, note, clock.instant());
        limits.take(caller, UsageLimit.WRITE);
        renders.rate(jobId, rating);
        if (job.promptId().isPresent() && job.promptVersion().isPresent()) {
            relearn(job.promptId().get());
        }
        return rating;
    }

    public Rating rateVersion(UserId caller, String promptId, int version, Rating.Score score, Optional<String> note) {
        OwnedPrompts.text(OwnedPrompts.entry(history, caller, promptId), version);
        Rating rating = new Rating(score, note, clock.instant());
        limits.take(caller, UsageLimit.WRITE);
        annotations.rateVersion(promptId, version, rating);
        relearn(promptId);
        return rating;
    }

    /** The standing of the latest version: its latest rating, of the version itself or of a render of it. */
    private void relearn(String promptId) {
        boolean done = BestEffort.run("learned change", () -> {
            HistoryEntry entry = new HistoryEntry(history.findGeneration(promptId).orElseThrow(),
                    history.edits(promptId));
            int latest = entry.latestVersion();
            if (latest == 0) {
                return; // nothing was edited, nothing is learned
            }
            List<Rating> ratings = new ArrayList<>();
            Optional.ofNullable(annotations.find(promptId).versionRatings().get(latest)).ifPresent(ratings::add);
            renders.ofPrompt(promptId).stream().filter(j -> j.promptVersion().filter(v -> v == latest).isPresent())
                    .forEach(j -> j.rating().ifPresent(ratings::add));
            LearnedChange.Standing standing = ratings.stream().max(Comparator.comparing(Rating::ratedAt))
                    .map(r -> r.score() == Rating.Score.UP ? LearnedChange.Standing.UP_RATED
                            : LearnedChange.Standing.DOWN_RATED).orElse(LearnedChange.Standing.UNRATED);
            LearnedChange change = EditLearning.change(promptId, entry.generation().owner(), latest,
                    entry.generation().result(), entry.currentPrompt()).withStanding(standing);
            history.saveLearnedChange(change);
            BestEffort.run("cache invalidation", () -> cache.invalidate(change.scopes()));
        });
        if (!done) {
            LOG.warn("rating of prompt {} stored; its learned change is not updated (history unavailable)", promptId);
        }
    }
}
