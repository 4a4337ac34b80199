package dev.videoagent.core.usecase;
import dev.videoagent.core.engine.render.RenderErrors;
import dev.videoagent.core.error.BestEffort;
import dev.videoagent.core.error.ConflictException;
import dev.videoagent.core.error.NotFoundException;
import dev.videoagent.core.error.ValidationException;
import dev.videoagent.core.model.Hashes;
import dev.videoagent.core.model.HistoryEntry;
import dev.videoagent.core.model.RecordIds;
import dev.videoagent.core.model.RenderJob;
import dev.videoagent.core.model.RenderJobRecord;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.model.RenderStatus;
import dev.videoagent.core.model.RenderView;
import dev.videoagent.core.model.UsageLimit;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.model.VideoBackend;
import dev.videoagent.core.config.RenderBackendsConfig;
import dev.videoagent.core.port.HistoryRepository;
import dev.videoagent.core.port.RenderJobRepository;
import dev.videoagent.core.port.RenderProgress;
import dev.videoagent.core.port.RenderScheduler;
import dev.videoagent.core.port.UsageLimits;
import dev.videoagent.core.port.VideoLinks;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Use cases of the render routes. Starting: an identical request (same prompt and settings) that
 * finished well is answered with that render; one still running is answered with its job; otherwise a
 * job record is stored and the workflow execution started, named by the job id. Reading: the job record,
 * the task's progress and the workflow's state make the status.
 */
public final class RenderJobs {

    /** The result of a start: the job's view and whether an existing render answered it. */
    public record Started(RenderView view, boolean existing) {
    }

    private final RenderJobRepository jobs;
    private final RenderScheduler scheduler;
    private final RenderProgress progress;
    private final VideoLinks links;
    private final Clock clock;
    private final Supplier<String> ids;
    private final Duration taskTimeout;
    private final HistoryRepository history;
    private final UsageLimits limits;
    private final RenderBackendsConfig backends;

    public RenderJobs(RenderJobRepository jobs, HistoryRepository history, RenderScheduler scheduler,
                      RenderProgress progress, VideoLinks links, Clock clock, Supplier<String> ids, Duration taskTimeout) {
        this(jobs, history, scheduler, progress, links, clock, ids, taskTimeout, UsageLimits.NONE);
    }

    /** ...and what one person may render: starts an hour and seconds of video a day. */
    public RenderJobs(RenderJobRepository jobs, HistoryRepository history, RenderScheduler scheduler,
                      RenderProgress progress, VideoLinks links, Clock clock, Supplier<String> ids, Duration taskTimeout,
                      UsageLimits limits) {
        this(jobs, history, scheduler, progress, links, clock, ids, taskTimeout, limits,
                RenderBackendsConfig.PROCEDURAL_ONLY);
    }

    /** ...and which backends make the videos. */
    public RenderJobs(RenderJobRepository jobs, HistoryRepository history, RenderScheduler scheduler,
                      RenderProgress progress, VideoLinks links, Clock clock, Supplier<String> ids, Duration taskTimeout,
                      UsageLimits limits, RenderBackendsConfig backends) {
        this.backends = backends;
        this.limits = limits;
        this.jobs = jobs;
        this.history = history;
        this.scheduler = scheduler;
        this.progress = progress;
        this.links = links;
        this.clock = clock;
        this.ids = ids;
        this.taskTimeout = taskTimeout;
    }

    public Started start(UserId caller, StartRenderCommand command) {
        // the person's own idea becomes the video's title line, when the prompt came from their generation;
        // another person's prompt id is answered as one that does not exist (history down: no title)
        VideoBackend backend = backends.choose(command.backend());
        Optional<String> concept = Optional.empty();
        Optional<String> negative = command.negativePrompt();
        Optional<Integer> version = Optional.empty();
        if (command.promptId().isPresent()) {
            String id = command.promptId().get();
            Optional<Optional<HistoryEntry>> found = BestEffort.<Optional<HistoryEntry>>attempt("render title",
                    () -> history.findGeneration(id).filter(g -> g.owner().equals(caller))
                            .map(g -> new HistoryEntry(g, history.edits(id))));
            if (found.isPresent() && found.get().isEmpty()) {
                throw new NotFoundException("No prompt with id '" + id + "'.");
            }
            concept = found.flatMap(e -> e).map(e -> e.generation().result().concept());
            if (negative.isEmpty()) {
                negative = found.flatMap(e -> e).map(e -> e.generation().result().negativePrompt())
                        .filter(n -> !n.isBlank());
            }
            version = found.flatMap(e -> e).flatMap(e -> renderedVersion(e, command));
        }
        String hash = hash(caller, command, backend, negative);
        Optional<RenderJobRecord> same = jobs.findByRequestHash(hash);
        if (same.isPresent()) {
            RenderView view = view(same.get());
            if (view.status() != RenderView.Status.FAILED && view.status() != RenderView.Status.CANCELLED) {
                return new Started(view, true);
            }
        }
        // an identical render answered above costs nothing; a new one takes a start and its seconds
        limits.take(caller, UsageLimit.RENDER);
        limits.chargeRenderSeconds(caller, command.settings().durationSeconds());
        String jobId = ids.get();
        RenderJobRecord record = new RenderJobRecord(jobId, caller, command.prompt(), concept, command.promptId(), version,
                command.settings(), hash, "videos/" + jobId + ".webm", "videos/" + jobId + ".jpg", clock.instant(),
                Optional.empty(), backend, negative);
        jobs.save(record);
        scheduler.start(jobId, input(record));
        return new Started(view(record), false);
    }

    /**
     * The version a render is of: the one asked for, whose text the prompt must be (404 for a version the prompt
     * does not have), else the latest with exactly this text; none for text that was never saved.
     */
    private static Optional<Integer> renderedVersion(HistoryEntry entry, StartRenderCommand command) {
        if (command.promptVersion().isPresent()) {
            int asked = command.promptVersion().get();
            String text = OwnedPrompts.text(entry, asked);
            if (!text.strip().equals(command.prompt())) {
                throw new ValidationException("Field 'prompt' is not the text of version " + asked + ".");
            }
            return Optional.of(asked);
        }
        for (int v = entry.latestVersion(); v >= 0; v--) {
            if (entry.textOf(v).filter(t -> t.strip().equals(command.prompt())).isPresent()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * After a restart: every job of the last {@code window} that no execution knows and no task finished is started
     * again, so none stays queued forever. Returns how many were. Executions are never forgotten (Step Functions',
     * and the local executor's, which resumes its recorded ones first), so this finds only a job whose execution was
     * never started: a crash between storing the job and starting it.
     */
    public int resumeUnfinished(Duration window) {
        int resumed = 0;
        for (RenderJobRecord job : jobs.createdSince(clock.instant().minus(window))) {
            boolean known = scheduler.state(job.jobId()).isPresent();
            boolean done = BestEffort.attempt("render progress", () -> progress.latest(job.jobId()).orElse(null))
                    .filter(s -> s.state() == RenderStatus.State.DONE).isPresent();
            if (!known && !done) {
                scheduler.start(job.jobId(), input(job));
                resumed++;
            }
        }
        return resumed;
    }

    /**
     * {@code DELETE /api/renders/{jobId}}: stops the job's execution and its task. A job that has ended already
     * cannot be cancelled (409 with its state).
     */
    public RenderView cancel(UserId caller, String jobId) {
        RenderView view = get(caller, jobId);
        if (view.finished()) {
            throw new ConflictException("The render has ended already (" + view.status() + ").");
        }
        scheduler.stop(jobId);
        return get(caller, jobId);
    }

    /** The caller's job; another person's is answered as one that does not exist. */
    public RenderView get(UserId caller, String jobId) {
        if (!RecordIds.isValid(jobId)) {
            throw new ValidationException("'" + jobId + "' is not a render job id.");
        }
        return view(jobs.find(jobId).filter(job -> job.owner().equals(caller))
                .orElseThrow(() -> new NotFoundException("No render job '" + jobId + "'.")));
    }

    private RenderView view(RenderJobRecord job) {
        Optional<RenderScheduler.WorkflowState> workflow = scheduler.state(job.jobId());
        // progress is best effort: without Redis the status still comes from the workflow
        Optional<RenderStatus> task = BestEffort.attempt("render progress", () -> progress.latest(job.jobId()).orElse(null));
        int attempt = task.map(RenderStatus::attempt).orElse(0);
        double done = task.map(RenderStatus::progress).orElse(0.0);
        RenderView.Status status;
        Optional<String> error = Optional.empty();
        boolean stored = task.filter(t -> t.state() == RenderStatus.State.DONE).isPresent();
        boolean running = workflow.filter(w -> w.phase() == RenderScheduler.WorkflowState.Phase.RUNNING).isPresent();
        if (stored && (workflow.isEmpty() || running)) {
            // the task has stored the video and poster: playable now, while the workflow notes the task's end (or
            // after a restarted local runtime forgot the execution)
            status = task.get().mode() == RenderJob.Mode.FALLBACK ? RenderView.Status.FALLBACK : RenderView.Status.SUCCEEDED;
            done = 1.0;
        } else if (workflow.isEmpty() || workflow.get().phase() == RenderScheduler.WorkflowState.Phase.PENDING) {
            status = RenderView.Status.QUEUED;
        } else {
            RenderScheduler.WorkflowState w = workflow.get();
            switch (w.phase()) {
                case SUCCEEDED -> {
                    status = w.mode().filter("fallback"::equals).isPresent() ? RenderView.Status.FALLBACK
                            : RenderView.Status.SUCCEEDED;
                    done = 1.0;
                }
                case ABORTED -> status = RenderView.Status.CANCELLED;
                case FAILED -> {
                    status = RenderView.Status.FAILED;
                    error = Optional.of(RenderErrors.forPeople(w.cause().filter(c -> !c.isBlank()).or(w::error)
                            .orElse("")));
                }
                default -> {
                    boolean fallback = task.map(t -> t.mode() == RenderJob.Mode.FALLBACK).orElse(false);
                    boolean retrying = task.map(t -> t.attempt() > 1 || t.state() == RenderStatus.State.FAILED)
                            .orElse(false);
                    // the fallback animation is still being made: FALLBACK only once it is stored
                    status = fallback ? RenderView.Status.RENDERING_FALLBACK : retrying ? RenderView.Status.RETRYING
                            : task.isPresent() ? RenderView.Status.RENDERING : RenderView.Status.QUEUED;
                    error = task.flatMap(RenderStatus::error).map(RenderErrors::forPeople);
                }
            }
        }
        boolean hasVideo = status == RenderView.Status.SUCCEEDED || status == RenderView.Status.FALLBACK;
        return new RenderView(job.jobId(), status, attempt, Math.round(done * 1000) / 1000.0,
                hasVideo ? Optional.of(links.url(job.videoKey())) : Optional.empty(),
                hasVideo ? Optional.of(links.url(job.posterKey())) : Optional.empty(), error, job.settings(), job.prompt(),
                job.backend());
    }

    /** The workflow input: the task's environment values are strings, as ECS wants them. */
    private Map<String, Object> input(RenderJobRecord job) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("jobId", job.jobId());
        input.put("prompt", job.prompt());
        input.put("concept", job.concept().orElse(""));
        input.put("durationSeconds", Integer.toString(job.settings().durationSeconds()));
        input.put("width", Integer.toString(job.settings().width()));
        input.put("height", Integer.toString(job.settings().height()));
        input.put("fps", Integer.toString(job.settings().fps()));
        input.put("outputKey", job.videoKey());
        input.put("renderTimeoutSeconds", taskTimeout.toSeconds());
        input.put("backend", job.backend().key());
        input.put("negativePrompt", job.negativePrompt().orElse(""));
        return input;
    }

    /**
     * Identical requests of one person share a render; two people's never do (its links would be shared). Another
     * model backend or negative prompt is another video (the procedural renderer has no use for a negative prompt).
     */
    static String hash(UserId caller, StartRenderCommand command, VideoBackend backend, Optional<String> negative) {
        RenderSettings s = command.settings();
        String text = caller.value() + '\u0000' + command.prompt() + '\u0000' + s.durationSeconds() + 'x' + s.width() + 'x' + s.height() + 'x' + s.fps()
                + (backend == VideoBackend.PROCEDURAL ? "" : '\u0000' + backend.key() + '\u0000' + negative.orElse(""));
        return Hashes.sha256Hex(text, 32);
    }
}
