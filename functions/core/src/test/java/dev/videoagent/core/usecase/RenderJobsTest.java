package dev.videoagent.core.usecase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.core.error.NotFoundException;
import dev.videoagent.core.error.QuotaExceededException;
import dev.videoagent.core.model.GenerationRecord;
import dev.videoagent.core.model.IdeaStructure;
import dev.videoagent.core.model.Language;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.RenderJob;
import dev.videoagent.core.model.RenderJobRecord;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.model.RenderStatus;
import dev.videoagent.core.model.RenderView;
import dev.videoagent.core.model.Target;
import dev.videoagent.core.model.UsageLimit;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.port.InMemoryHistoryRepository;
import dev.videoagent.core.port.InMemoryRenderJobRepository;
import dev.videoagent.core.port.RenderProgress;
import dev.videoagent.core.port.RenderScheduler.WorkflowState.Phase;
import dev.videoagent.core.port.RenderScheduler.WorkflowState;
import dev.videoagent.core.port.RenderScheduler;
import dev.videoagent.core.port.UsageLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderJobsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String JOB = "01jabcdefghjkmnpqrstvwxyz5";

    private final Map<String, WorkflowState> workflows = new HashMap<>();
    private final Map<String, RenderStatus> statuses = new HashMap<>();

    private final InMemoryHistoryRepository history = new InMemoryHistoryRepository();
    private final InMemoryRenderJobRepository repository = new InMemoryRenderJobRepository();
    private final RenderJobs jobs = new RenderJobs(repository, history, new RenderScheduler() {
        @Override
        public void start(String jobId, Map<String, Object> input) {
            workflows.put(jobId, new WorkflowState(Phase.RUNNING, Optional.empty(), Optional.empty(), Optional.empty()));
        }

        @Override
        public Optional<WorkflowState> state(String jobId) {
            return Optional.ofNullable(workflows.get(jobId));
        }

        @Override
        public boolean stop(String jobId) {
            WorkflowState w = workflows.get(jobId);
            if (w == null || w.phase() != Phase.RUNNING) {
                return false;
            }
            workflows.put(jobId, new WorkflowState(Phase.ABORTED, Optional.empty(), Optional.of("Cancelled"),
                    Optional.empty()));
            return true;
        }
    }, new RenderProgress() {
        @Override
        public void update(RenderStatus status) {
            statuses.put(status.jobId(), status);
        }

        @Override
        public Optional<RenderStatus> latest(String jobId) {
            return Optional.ofNullable(statuses.get(jobId));
        }
    }, key -> "/media/" + key, CLOCK, () -> JOB, Duration.ofMinutes(10));

    private RenderView started() {
        return jobs.start(UserId.LOCAL, new StartRenderCommand("a lighthouse at dusk", Optional.empty(),
                new RenderSettings(5, 640, 360, 24))).view();
    }

    private void task(RenderStatus.State state, RenderJob.Mode mode, double progress, String error) {
        statuses.put(JOB, new RenderStatus(JOB, state, 5, mode, progress, Optional.empty(), Optional.empty(),
                Optional.ofNullable(error), CLOCK.instant()));
    }

    @Test
    void whileTheFallbackRendersTheStatusSaysSoWithProgressAndNoVideo() {
        started();
        task(RenderStatus.State.RENDERING, RenderJob.Mode.FALLBACK, 0.4, null);

        RenderView view = jobs.get(UserId.LOCAL, JOB);

        assertThat(view.status()).isEqualTo(RenderView.Status.RENDERING_FALLBACK);
        assertThat(view.progress()).isEqualTo(0.4);
        assertThat(view.videoUrl()).isEmpty();
        assertThat(view.finished()).isFalse();
    }

    @Test
    void aVideoIsReportedOnceTheTaskHasStoredItBeforeTheWorkflowNotesTheTasksEnd() {
        started();
        workflows.put(JOB, new WorkflowState(Phase.RUNNING, Optional.empty(), Optional.empty(), Optional.empty()));
        task(RenderStatus.State.UPLOADING, RenderJob.Mode.RENDER, 0.95, null);
        assertThat(jobs.get(UserId.LOCAL, JOB).finished()).isFalse();
        assertThat(jobs.get(UserId.LOCAL, JOB).videoUrl()).isEmpty();

        task(RenderStatus.State.DONE, RenderJob.Mode.RENDER, 1.0, null);

        RenderView view = jobs.get(UserId.LOCAL, JOB);
        assertThat(view.status()).isEqualTo(RenderView.Status.SUCCEEDED);
        assertThat(view.progress()).isEqualTo(1.0);
        assertThat(view.videoUrl()).contains("/media/videos/" + JOB + ".webm");
        assertThat(view.finished()).isTrue();
    }

    @Test
    void fallbackIsReportedWithItsVideoOnlyOnceItIsStored() {
        started();
        workflows.put(JOB, new WorkflowState(Phase.RUNNING, Optional.empty(), Optional.empty(), Optional.empty()));
        task(RenderStatus.State.UPLOADING, RenderJob.Mode.FALLBACK, 0.95, null);
        assertThat(jobs.get(UserId.LOCAL, JOB).status()).isEqualTo(RenderView.Status.RENDERING_FALLBACK);

        task(RenderStatus.State.DONE, RenderJob.Mode.FALLBACK, 1.0, null);

        RenderView view = jobs.get(UserId.LOCAL, JOB);
        assertThat(view.status()).isEqualTo(RenderView.Status.FALLBACK);
        assertThat(view.videoUrl()).contains("/media/videos/" + JOB + ".webm");
        assertThat(view.posterUrl()).contains("/media/videos/" + JOB + ".jpg");
        workflows.put(JOB, new WorkflowState(Phase.SUCCEEDED, Optional.of("fallback"), Optional.empty(), Optional.empty()));
        assertThat(jobs.get(UserId.LOCAL, JOB).status()).isEqualTo(RenderView.Status.FALLBACK);
    }

    @Test
    void aWorkflowThatFailedAfterAStoredVideoSaysFailed() {
        started();
        task(RenderStatus.State.DONE, RenderJob.Mode.FALLBACK, 1.0, null);
        workflows.put(JOB, new WorkflowState(Phase.FAILED, Optional.empty(), Optional.of("RenderFailed"),
                Optional.of("the fallback failed")));

        assertThat(jobs.get(UserId.LOCAL, JOB).status()).isEqualTo(RenderView.Status.FAILED);
    }

    @Test
    void aFailureIsASentenceForPeopleNotTheRawEcsResult() {
        started();
        workflows.put(JOB, new WorkflowState(Phase.FAILED, Optional.empty(), Optional.of("States.TaskFailed"),
                Optional.of("{\"LastStatus\":\"STOPPED\",\"Containers\":[{\"Name\":\"render\",\"ExitCode\":1,"
                        + "\"Reason\":\"java.lang.IllegalStateException: injected failure (run 5 of 5)\"}]}")));

        RenderView view = jobs.get(UserId.LOCAL, JOB);

        assertThat(view.status()).isEqualTo(RenderView.Status.FAILED);
        assertThat(view.error()).contains("Injected failure (run 5 of 5).");
        assertThat(view.error().get()).doesNotContain("java.lang").doesNotContain("{").doesNotContain("ExitCode");
    }

    @Test
    void afterARestartAJobNoExecutionKnowsAndNoTaskFinishedIsStartedAgain() {
        started();
        workflows.clear(); // the local executor forgot it with the process
        assertThat(jobs.get(UserId.LOCAL, JOB).status()).isEqualTo(RenderView.Status.QUEUED);

        assertThat(jobs.resumeUnfinished(Duration.ofDays(1))).isEqualTo(1);

        assertThat(workflows).containsKey(JOB);
        assertThat(jobs.resumeUnfinished(Duration.ofDays(1))).as("a known execution is left alone").isZero();
        workflows.clear();
        task(RenderStatus.State.DONE, RenderJob.Mode.RENDER, 1.0, null);
        assertThat(jobs.resumeUnfinished(Duration.ofDays(1))).as("a finished task is not rendered again").isZero();
    }

    @Test
    void aCancelledJobEndsCancelledWithoutAVideoAndCannotBeCancelledTwice() {
        started();
        task(RenderStatus.State.RENDERING, RenderJob.Mode.RENDER, 0.3, null);

        RenderView cancelled = jobs.cancel(UserId.LOCAL, JOB);

        assertThat(cancelled.status()).isEqualTo(RenderView.Status.CANCELLED);
        assertThat(cancelled.finished()).isTrue();
        assertThat(cancelled.videoUrl()).isEmpty();
        assertThatThrownBy(() -> jobs.cancel(UserId.LOCAL, JOB))
                .isInstanceOf(dev.videoagent.core.error.ConflictException.class);
    }

    @Test
    void aFailedJobAskedForAgainStartsANewOne() {
        started();
        workflows.put(JOB, new WorkflowState(Phase.FAILED, Optional.empty(), Optional.of("States.Timeout"),
                Optional.of("task ran longer than 2 s and was stopped")));
        RenderJobs.Started again = jobs.start(UserId.LOCAL, new StartRenderCommand("a lighthouse at dusk", Optional.empty(),
                new RenderSettings(5, 640, 360, 24)));
        assertThat(again.existing()).isFalse();
        assertThat(again.view().status()).isNotEqualTo(RenderView.Status.FAILED);
    }

    @Test
    void anotherPersonsRenderIsNotFoundAndCannotBeCancelledWhileTheOwnerStillSeesIt() {
        started();
        UserId ben = new UserId("ben");

        assertThatThrownBy(() -> jobs.get(ben, JOB)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> jobs.cancel(ben, JOB)).isInstanceOf(NotFoundException.class);
        assertThat(jobs.get(UserId.LOCAL, JOB).jobId()).isEqualTo(JOB);
        assertThat(workflows.get(JOB).phase()).isEqualTo(Phase.RUNNING);
    }

    @Test
    void twoPeopleAskingForTheSameRenderGetOneEachNeverTheOthers() {
        started();
        RenderJobs.Started bens = jobs.start(new UserId("ben"), new StartRenderCommand("a lighthouse at dusk",
                Optional.empty(), new RenderSettings(5, 640, 360, 24)));

        assertThat(bens.existing()).isFalse();
        assertThat(repository.find(JOB).orElseThrow().owner()).isEqualTo(new UserId("ben"));
    }

    @Test
    void aRenderOfAnotherPersonsPromptIsNotFoundAndOfOnesOwnTakesItsIdeaAsTitle() {
        PromptResult result = new PromptResult("a lighthouse at dusk", Language.EN, Target.GENERIC, "places", 0.8, 1.0,
                Map.of(), java.util.List.of(), IdeaStructure.EMPTY, "A lighthouse at dusk", "blurry", java.util.List.of(),
                java.util.List.of());
        history.saveGeneration(new GenerationRecord("01jabcdefghjkmnpqrstvwxyz7", UserId.LOCAL, result, CLOCK.instant()));

        assertThatThrownBy(() -> jobs.start(new UserId("ben"), new StartRenderCommand("a lighthouse at dusk",
                Optional.of("01jabcdefghjkmnpqrstvwxyz7"), new RenderSettings(5, 640, 360, 24))))
                .isInstanceOf(NotFoundException.class);
        assertThat(repository.all()).isEmpty();

        jobs.start(UserId.LOCAL, new StartRenderCommand("a lighthouse at dusk", Optional.of("01jabcdefghjkmnpqrstvwxyz7"),
                new RenderSettings(5, 640, 360, 24)));
        assertThat(repository.find(JOB).orElseThrow().concept()).contains("a lighthouse at dusk");
    }

    @Test
    void aRenderRecordsTheVersionItIsOfAskedOrFoundByItsText() {
        PromptResult result = new PromptResult("a lighthouse at dusk", Language.EN, Target.GENERIC, "places", 0.8, 1.0,
                Map.of(), java.util.List.of(), IdeaStructure.EMPTY, "A lighthouse at dusk", "blurry", java.util.List.of(),
                java.util.List.of());
        String id = "01jabcdefghjkmnpqrstvwxyz7";
        history.saveGeneration(new GenerationRecord(id, UserId.LOCAL, result, CLOCK.instant()));
        RenderSettings settings = new RenderSettings(5, 640, 360, 24);

        assertThatThrownBy(() -> jobs.start(UserId.LOCAL, new StartRenderCommand("A lighthouse at dawn", Optional.of(id),
                Optional.of(0), settings))).isInstanceOf(dev.videoagent.core.error.ValidationException.class)
                .hasMessageContaining("not the text of version 0");
        assertThatThrownBy(() -> jobs.start(UserId.LOCAL, new StartRenderCommand("A lighthouse at dusk", Optional.of(id),
                Optional.of(1), settings))).isInstanceOf(NotFoundException.class);
        assertThat(repository.all()).isEmpty();

        jobs.start(UserId.LOCAL, new StartRenderCommand("A lighthouse at dusk", Optional.of(id), settings));
        assertThat(repository.find(JOB).orElseThrow().promptVersion()).contains(0);
    }

    @Test
    void aRenderOfTextThatWasNeverSavedIsOfNoVersion() {
        PromptResult result = new PromptResult("a lighthouse at dusk", Language.EN, Target.GENERIC, "places", 0.8, 1.0,
                Map.of(), java.util.List.of(), IdeaStructure.EMPTY, "A lighthouse at dusk", "blurry", java.util.List.of(),
                java.util.List.of());
        history.saveGeneration(new GenerationRecord("01jabcdefghjkmnpqrstvwxyz7", UserId.LOCAL, result, CLOCK.instant()));

        jobs.start(UserId.LOCAL, new StartRenderCommand("A lighthouse at dusk, being edited",
                Optional.of("01jabcdefghjkmnpqrstvwxyz7"), new RenderSettings(5, 640, 360, 24)));

        assertThat(repository.find(JOB).orElseThrow().promptVersion()).isEmpty();
        assertThat(repository.ofPrompt("01jabcdefghjkmnpqrstvwxyz7")).hasSize(1);
    }

    @Test
    void aRenderPastThePersonsQuotaStoresNothingAndStartsNothing() {
        RenderJobs limited = new RenderJobs(repository, history, null, null, key -> key, CLOCK, () -> JOB,
                Duration.ofMinutes(10), new UsageLimits() {
            @Override
            public void take(UserId person, UsageLimit limit) {
            }

            @Override
            public void chargeRenderSeconds(UserId person, int seconds) {
                throw new QuotaExceededException("used up", Instant.parse("2026-12-02T00:00:00Z"));
            }
        });

        assertThatThrownBy(() -> limited.start(UserId.LOCAL, new StartRenderCommand("a lighthouse at dusk",
                Optional.empty(), new RenderSettings(5, 640, 360, 24)))).isInstanceOf(QuotaExceededException.class);
        assertThat(repository.all()).isEmpty();
        assertThat(workflows).isEmpty();
    }
}
