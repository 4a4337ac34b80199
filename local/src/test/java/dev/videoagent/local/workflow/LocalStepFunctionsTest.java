package dev.videoagent.local.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.videoagent.core.config.WorkflowSubstitutions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The executor against the ASL spec, running the real definition file with a scripted task runner. */
class LocalStepFunctionsTest {

    static final Path DEFINITION = Path.of(System.getProperty("videoagent.workflowDefinition",
            "../workflow/render-workflow.asl.json"));
    static final Map<String, String> SUBSTITUTIONS = Map.of(WorkflowSubstitutions.CLUSTER_ARN, "local",
            WorkflowSubstitutions.TASK_DEFINITION_ARN, "render-task", WorkflowSubstitutions.CAPACITY_PROVIDER_NAME,
            "local", WorkflowSubstitutions.SUBNET_A, "a", WorkflowSubstitutions.SUBNET_B, "b",
            WorkflowSubstitutions.SECURITY_GROUP_ID, "sg", WorkflowSubstitutions.CONTAINER_NAME, "render",
            WorkflowSubstitutions.VIDEO_BUCKET, "videos");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Records every run's environment and answers with the script's result for that run. */
    static final class ScriptedRunner implements TaskRunner {
        final List<Map<String, String>> runs = Collections.synchronizedList(new ArrayList<>());
        private final Function<Integer, StatesError> failure;

        ScriptedRunner(Function<Integer, StatesError> failure) {
            this.failure = failure;
        }

        @Override
        public JsonNode run(String resource, JsonNode parameters, TaskContext context) {
            Map<String, String> env = new java.util.LinkedHashMap<>();
            parameters.path("Overrides").path("ContainerOverrides").path(0).path("Environment")
                    .forEach(v -> env.put(v.get("Name").asText(), v.get("Value").asText()));
            env.put("timeout", context.timeout().map(d -> Long.toString(d.toSeconds())).orElse("-"));
            runs.add(env);
            StatesError error = failure.apply(runs.size());
            if (error != null) {
                throw error;
            }
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            result.put("StoppedReason", "Essential container in task exited");
            result.putArray("Containers").addObject().put("ExitCode", 0);
            return result;
        }
    }

    static JsonNode input(String jobId) {
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.put("jobId", jobId);
        input.put("prompt", "snow");
        input.put("concept", "눈");
        input.put("durationSeconds", "10");
        input.put("width", "1280");
        input.put("height", "720");
        input.put("fps", "24");
        input.put("outputKey", "videos/" + jobId + ".webm");
        input.put("renderTimeoutSeconds", 600);
        input.put("backend", "comfyui");
        input.put("negativePrompt", "blurry");
        return input;
    }

    private static Execution run(ScriptedRunner runner, String name) throws InterruptedException {
        try (LocalStepFunctions sfn = new LocalStepFunctions(StateMachineDefinition.load(DEFINITION, SUBSTITUTIONS),
                runner, new InMemoryExecutionStore(), 2, 0.0, Clock.systemUTC())) {
            Execution execution = sfn.start(name, input(name));
            assertThat(execution.await(10, TimeUnit.SECONDS)).isTrue();
            return execution;
        }
    }

    private static StatesError failed(String cause) {
        return new StatesError(StatesError.TASK_FAILED, cause);
    }

    @Test
    void aFirstRunThatSucceedsEndsInRenderModeWithAttemptOne() throws Exception {
        ScriptedRunner runner = new ScriptedRunner(n -> null);

        Execution execution = run(runner, "job-ok");

        assertThat(execution.status()).isEqualTo(Execution.Status.SUCCEEDED);
        assertThat(execution.output().orElseThrow().get("mode").asText()).isEqualTo("render");
        assertThat(execution.output().orElseThrow().get("render").get("exitCode").asInt()).isZero();
        assertThat(runner.runs).hasSize(1);
        assertThat(runner.runs.get(0)).containsEntry("ATTEMPT", "1").containsEntry("MODE", "render")
                .containsEntry("OUTPUT_BUCKET", "videos").containsEntry("JOB_ID", "job-ok")
                .containsEntry("CONCEPT", "눈").containsEntry("timeout", "600")
                .containsEntry("RENDER_BACKEND", "comfyui").containsEntry("NEGATIVE_PROMPT", "blurry");
    }

    @Test
    void maxAttemptsThreeMeansAtMostFourRunsThenTheFallback() throws Exception {
        ScriptedRunner runner = new ScriptedRunner(n -> n <= 4 ? failed("exit 1") : null);

        Execution execution = run(runner, "job-fallback");

        assertThat(runner.runs).extracting(r -> r.get("ATTEMPT") + " " + r.get("MODE"))
                .containsExactly("1 render", "2 render", "3 render", "4 render", "5 fallback");
        // the job's backend renders and retries; the fallback is the procedural animation whatever it was
        assertThat(runner.runs).extracting(r -> r.get("RENDER_BACKEND"))
                .containsExactly("comfyui", "comfyui", "comfyui", "comfyui", "procedural");
        assertThat(execution.status()).isEqualTo(Execution.Status.SUCCEEDED);
        assertThat(execution.output().orElseThrow().get("mode").asText()).isEqualTo("fallback");
    }

    @Test
    void catchResultPathPutsTheErrorBesideTheInput() throws Exception {
        Execution execution = run(new ScriptedRunner(n -> n <= 4 ? failed("exit 3: render-task: boom") : null), "job-c");

        JsonNode output = execution.output().orElseThrow();
        assertThat(output.get("renderError")).isEqualTo(JSON.readTree(
                "{\"Error\":\"States.TaskFailed\",\"Cause\":\"exit 3: render-task: boom\"}"));
        assertThat(output.get("prompt").asText()).isEqualTo("snow");
        assertThat(output.get("jobId").asText()).isEqualTo("job-c");
    }

    @Test
    void aFailingFallbackFailsTheExecutionWithItsCause() throws Exception {
        Execution execution = run(new ScriptedRunner(n -> failed("exit 1: render-task: disk full")), "job-fail");

        assertThat(execution.status()).isEqualTo(Execution.Status.FAILED);
        assertThat(execution.error()).contains("RenderFailed");
        assertThat(execution.cause()).contains("exit 1: render-task: disk full");
        assertThat(execution.events()).extracting(Execution.Event::type).contains("CatchTaken", "ExecutionFailed");
    }

    @Test
    void timeoutsAndEcsCapacityFailuresAreRetriedButRuntimeErrorsAreNotCaught() throws Exception {
        ScriptedRunner timeouts = new ScriptedRunner(n -> n == 1 ? new StatesError(StatesError.TIMEOUT, "too slow")
                : n == 2 ? new StatesError("AmazonECS.Unknown", "no capacity") : null);
        Execution retried = run(timeouts, "job-t");
        assertThat(retried.output().orElseThrow().get("mode").asText()).isEqualTo("render");
        assertThat(timeouts.runs).hasSize(3);

        Execution runtime = run(new ScriptedRunner(n -> new StatesError(StatesError.RUNTIME, "bad path")), "job-r");
        assertThat(runtime.status()).isEqualTo(Execution.Status.FAILED);
        assertThat(runtime.error()).contains(StatesError.RUNTIME);
    }

    @Test
    void backoffIsIntervalTimesRateToTheAttemptCappedAtMaxDelayAndJitterStaysBelowIt() throws Exception {
        JsonNode plain = JSON.readTree("{\"IntervalSeconds\":5,\"BackoffRate\":2.0,\"MaxDelaySeconds\":30}");
        Random random = new Random(1);
        assertThat(List.of(1, 2, 3, 4).stream().map(a -> StateTimes.retryDelaySeconds(plain, a, random)))
                .containsExactly(5.0, 10.0, 20.0, 30.0);
        JsonNode defaults = JSON.readTree("{}");
        assertThat(StateTimes.retryDelaySeconds(defaults, 3, random)).isEqualTo(4.0);
        JsonNode jitter = JSON.readTree("{\"IntervalSeconds\":5,\"BackoffRate\":2.0,\"MaxDelaySeconds\":30,"
                + "\"JitterStrategy\":\"FULL\"}");
        for (int attempt = 1; attempt <= 4; attempt++) {
            double nominal = StateTimes.retryDelaySeconds(plain, attempt, random);
            for (int i = 0; i < 200; i++) {
                assertThat(StateTimes.retryDelaySeconds(jitter, attempt, random)).isBetween(0.0, nominal);
            }
        }
    }

    @Test
    void retryWaitsAreTakenAtTheConfiguredTimeScale() throws Exception {
        String definition = """
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::ecs:runTask.sync",
                 "Retry":[{"ErrorEquals":["States.ALL"],"IntervalSeconds":2,"MaxAttempts":2,"BackoffRate":3}],
                 "End":true}}}""";
        ScriptedRunner runner = new ScriptedRunner(n -> n <= 2 ? failed("x") : null);
        try (LocalStepFunctions sfn = new LocalStepFunctions(StateMachineDefinition.parse(definition, Map.of()), runner,
                new InMemoryExecutionStore(), 1, 0.05, Clock.systemUTC())) {
            Execution execution = sfn.start("scaled", JSON.readTree("{}"));
            assertThat(execution.await(10, TimeUnit.SECONDS)).isTrue();
            List<Execution.Event> events = execution.events();
            List<Execution.Event> retries = events.stream().filter(e -> e.type().equals("TaskRetryScheduled")).toList();
            assertThat(retries).extracting(Execution.Event::detail)
                    .containsExactly("retry 1 in 2.000 s", "retry 2 in 6.000 s");
            assertThat(retries).extracting(e -> e.retryCount().orElseThrow()).containsExactly(1, 2);
            // 2 s and 6 s at 1/20, read from the recorded history: due 100 ms and 300 ms after being scheduled ...
            assertThat(retries).extracting(e -> Duration.between(e.timestamp(), e.due().orElseThrow()).toMillis())
                    .satisfiesExactly(ms -> assertThat(ms).isBetween(90L, 100L), ms -> assertThat(ms).isBetween(290L, 300L));
            // ... and each retry's run scheduled no earlier than that
            for (Execution.Event retry : retries) {
                Execution.Event run = events.get(events.indexOf(retry) + 1);
                assertThat(run.type()).isEqualTo("TaskScheduled");
                assertThat(run.timestamp()).isAfterOrEqualTo(retry.due().orElseThrow());
            }
        }
    }

    @Test
    void startingTheSameNameAgainReturnsTheSameExecutionAndAnotherInputIsRefused() throws Exception {
        try (LocalStepFunctions sfn = new LocalStepFunctions(StateMachineDefinition.load(DEFINITION, SUBSTITUTIONS),
                new ScriptedRunner(n -> null), new InMemoryExecutionStore(), 2, 0.0, Clock.systemUTC())) {
            Execution first = sfn.start("job-1", input("job-1"));
            assertThat(sfn.start("job-1", input("job-1"))).isSameAs(first);
            assertThatThrownBy(() -> sfn.start("job-1", input("job-2")))
                    .isInstanceOf(LocalStepFunctions.ExecutionAlreadyExistsException.class);
            assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(sfn.describe("job-1")).containsSame(first);
            assertThat(sfn.describe("nothing")).isEmpty();
        }
    }

    @Test
    void manyExecutionsQueueOnTheBoundedPoolAndAllFinish() throws Exception {
        ScriptedRunner runner = new ScriptedRunner(n -> n % 3 == 0 ? failed("flaky") : null);
        try (LocalStepFunctions sfn = new LocalStepFunctions(StateMachineDefinition.load(DEFINITION, SUBSTITUTIONS),
                runner, new InMemoryExecutionStore(), 3, 0.0, Clock.systemUTC())) {
            List<Execution> executions = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                executions.add(sfn.start("job-" + i, input("job-" + i)));
            }
            for (Execution e : executions) {
                assertThat(e.await(20, TimeUnit.SECONDS)).isTrue();
                assertThat(e.status()).isEqualTo(Execution.Status.SUCCEEDED);
                assertThat(e.events().get(0).type()).isEqualTo("ExecutionQueued");
            }
        }
    }

    @Test
    void stoppingAnExecutionStillWaitingForASlotEndsItAbortedAtOnceAndTheOneRunningGoesOn() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        TaskRunner blocking = (resource, parameters, context) -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StatesError(StatesError.TASK_FAILED, "stopped");
            }
            return new ScriptedRunner(n -> null).run(resource, parameters, context);
        };
        try (LocalStepFunctions sfn = new LocalStepFunctions(StateMachineDefinition.load(DEFINITION, SUBSTITUTIONS),
                blocking, new InMemoryExecutionStore(), 1, 0.0, Clock.systemUTC())) {
            Execution running = sfn.start("job-a", input("job-a"));
            Execution waiting = sfn.start("job-b", input("job-b"));

            assertThat(sfn.stop("job-b")).isTrue();

            assertThat(waiting.await(0, TimeUnit.SECONDS)).as("ended by the stop itself, not later").isTrue();
            assertThat(waiting.status()).isEqualTo(Execution.Status.ABORTED);
            assertThat(waiting.events()).extracting(Execution.Event::type).endsWith("ExecutionAborted");
            assertThat(running.status()).isNotEqualTo(Execution.Status.ABORTED);
            assertThat(sfn.stop("job-b")).as("an ended execution cannot be stopped again").isFalse();
            release.countDown();
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(running.status()).isEqualTo(Execution.Status.SUCCEEDED);
        }
    }
}
