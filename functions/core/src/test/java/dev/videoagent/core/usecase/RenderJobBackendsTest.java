package dev.videoagent.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.core.config.EnvVar;
import dev.videoagent.core.config.RenderBackendsConfig;
import dev.videoagent.core.error.BackendNotAvailableException;
import dev.videoagent.core.error.InputTooLongException;
import dev.videoagent.core.error.ValidationException;
import dev.videoagent.core.model.GenerationRecord;
import dev.videoagent.core.model.IdeaStructure;
import dev.videoagent.core.model.Language;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.model.RenderStatus;
import dev.videoagent.core.model.Target;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.model.VideoBackend;
import dev.videoagent.core.port.InMemoryHistoryRepository;
import dev.videoagent.core.port.InMemoryRenderJobRepository;
import dev.videoagent.core.port.RenderProgress;
import dev.videoagent.core.port.RenderScheduler;
import dev.videoagent.core.port.UsageLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which backend makes a job's video and what it is asked to avoid: chosen per job, carried to the workflow. */
class RenderJobBackendsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    private static final String PROMPT_ID = "01jabcdefghjkmnpqrstvwxyz7";
    private static final RenderSettings SMALL = new RenderSettings(5, 640, 360, 24);

    private final Map<String, Map<String, Object>> inputs = new LinkedHashMap<>();
    private final InMemoryHistoryRepository history = new InMemoryHistoryRepository();
    private final InMemoryRenderJobRepository repository = new InMemoryRenderJobRepository();
    private final AtomicInteger ids = new AtomicInteger();
    private final RenderJobs jobs = new RenderJobs(repository, history, new RenderScheduler() {
        @Override
        public void start(String jobId, Map<String, Object> input) {
            inputs.put(jobId, input);
        }

        @Override
        public Optional<WorkflowState> state(String jobId) {
            return Optional.empty();
        }

        @Override
        public boolean stop(String jobId) {
            return false;
        }
    }, new RenderProgress() {
        @Override
        public void update(RenderStatus status) {
        }

        @Override
        public Optional<RenderStatus> latest(String jobId) {
            return Optional.empty();
        }
    }, key -> "/media/" + key, CLOCK, () -> String.format("01jabcdefghjkmnpqrstvwx%03d", ids.incrementAndGet()),
            Duration.ofMinutes(10), UsageLimits.NONE, RenderBackendsConfig.fromEnv(Map.of(EnvVar.RENDER_BACKEND, "comfyui",
                    EnvVar.RENDER_BACKENDS, "comfyui,procedural")));

    private static StartRenderCommand command(String prompt, Optional<String> promptId, Optional<VideoBackend> backend,
                                              Optional<String> negative) {
        return new StartRenderCommand(prompt, promptId, Optional.empty(), SMALL, backend, negative);
    }

    private Map<String, Object> lastInput() {
        return List.copyOf(inputs.values()).get(inputs.size() - 1);
    }

    @Test
    void aJobWithoutABackendGetsTheDeploymentsDefaultAndOneAskingGetsItsOwn() {
        var first = jobs.start(UserId.LOCAL, command("a fox in the snow", Optional.empty(), Optional.empty(),
                Optional.empty()));
        assertThat(lastInput()).containsEntry("backend", "comfyui").containsEntry("negativePrompt", "");
        assertThat(first.view().backend()).isEqualTo(VideoBackend.COMFYUI);

        var second = jobs.start(UserId.LOCAL, command("a fox in the snow", Optional.empty(),
                Optional.of(VideoBackend.PROCEDURAL), Optional.empty()));
        assertThat(second.existing()).as("another backend is another video").isFalse();
        assertThat(lastInput()).containsEntry("backend", "procedural");
        assertThat(repository.find(second.view().jobId()).orElseThrow().backend()).isEqualTo(VideoBackend.PROCEDURAL);
    }

    @Test
    void aBackendTheDeploymentLacksIsRefusedBeforeAnythingIsStoredOrStarted() {
        assertThatThrownBy(() -> jobs.start(UserId.LOCAL, command("a fox in the snow", Optional.empty(),
                Optional.of(VideoBackend.BEDROCK_LUMA), Optional.empty())))
                .isInstanceOf(BackendNotAvailableException.class);
        assertThat(repository.all()).isEmpty();
        assertThat(inputs).isEmpty();
        assertThatThrownBy(() -> StartRenderCommand.backend("sora")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("'backend'");
        assertThat(StartRenderCommand.backend(" Bedrock-Luma ")).contains(VideoBackend.BEDROCK_LUMA);
    }

    @Test
    void theNegativePromptAskedForGoesToTheWorkflowElseTheGenerationsAndItIsPartOfTheRequest() {
        PromptResult result = new PromptResult("a lighthouse at dusk", Language.EN, Target.GENERIC, "places", 0.8, 1.0,
                Map.of(), List.of(), IdeaStructure.EMPTY, "A lighthouse at dusk", "blurry, watermark", List.of(),
                List.of());
        history.saveGeneration(new GenerationRecord(PROMPT_ID, UserId.LOCAL, result, CLOCK.instant()));

        jobs.start(UserId.LOCAL, command("A lighthouse at dusk", Optional.of(PROMPT_ID), Optional.empty(),
                Optional.empty()));
        assertThat(lastInput()).containsEntry("negativePrompt", "blurry, watermark");

        var own = jobs.start(UserId.LOCAL, command("A lighthouse at dusk", Optional.of(PROMPT_ID), Optional.empty(),
                Optional.of("  text, logos ")));
        assertThat(own.existing()).isFalse();
        assertThat(lastInput()).containsEntry("negativePrompt", "text, logos");
        assertThat(repository.find(own.view().jobId()).orElseThrow().negativePrompt()).contains("text, logos");
        var again = jobs.start(UserId.LOCAL, command("A lighthouse at dusk", Optional.of(PROMPT_ID), Optional.empty(),
                Optional.of("text, logos")));
        assertThat(again.existing()).isTrue();
    }

    @Test
    void aNegativePromptOverItsLimitIsRefusedWithTheField() {
        assertThatThrownBy(() -> command("a fox", Optional.empty(), Optional.empty(), Optional.of("x".repeat(501))))
                .isInstanceOfSatisfying(InputTooLongException.class, e -> assertThat(e.field()).isEqualTo("negativePrompt"));
        assertThat(command("a fox", Optional.empty(), Optional.empty(), Optional.of("   ")).negativePrompt()).isEmpty();
    }
}
