package dev.videoagent.local.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.local.workflow.LocalStepFunctionsTest.ScriptedRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Crash safety of the executor: a crash is simulated by closing it (it records nothing more) and dropping what the
 * store had not made durable ({@link InMemoryExecutionStore#crash()}); a new executor on the same store resumes.
 * Every assertion reads the recorded history, never what a poll happened to see.
 */
class ExecutionResumeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TASK = "\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::ecs:runTask.sync\"";

    private final InMemoryExecutionStore store = new InMemoryExecutionStore();

    private LocalStepFunctions executor(String definition, TaskRunner runner, double timeScale) {
        return new LocalStepFunctions(StateMachineDefinition.parse(definition, Map.of()), runner, store, 1, timeScale,
                Clock.systemUTC());
    }

    private LocalStepFunctions renderWorkflow(TaskRunner runner) {
        return new LocalStepFunctions(StateMachineDefinition.load(LocalStepFunctionsTest.DEFINITION,
                LocalStepFunctionsTest.SUBSTITUTIONS), runner, store, 1, 0.0, Clock.systemUTC());
    }

    /** Waits (a precondition, not an assertion on timing) until a crash would keep an event of that type. */
    private Execution.Event durable(String name, String type) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<Execution.Event> event = store.durableEvents(name).stream().filter(e -> e.type().equals(type))
                    .reduce((a, b) -> b);
            if (event.isPresent()) {
                return event.get();
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no durable " + type + " for " + name + ": " + store.events(name));
    }

    private Execution resumed(LocalStepFunctions executor, String name) throws InterruptedException {
        assertThat(executor.resume()).isEqualTo(1);
        Execution execution = executor.describe(name).orElseThrow();
        assertThat(execution.await(20, TimeUnit.SECONDS)).as("ended; history %s", store.events(name)).isTrue();
        return execution;
    }

    private static Execution.Event first(List<Execution.Event> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
    }

    private static List<String> types(List<Execution.Event> events) {
        return events.stream().map(Execution.Event::type).toList();
    }

    @Test
    void aWaitInterruptedByACrashContinuesToItsOriginalDueInstant() throws Exception {
        String definition = "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":2,\"Next\":\"T\"},"
                + "\"T\":{" + TASK + ",\"End\":true}}}";
        LocalStepFunctions before = executor(definition, new ScriptedRunner(n -> null), 1.0);
        before.start("wait", JSON.readTree("{\"a\":1}"));
        Instant due = durable("wait", "WaitStarted").due().orElseThrow();
        before.close();
        store.crash();
        Thread.sleep(1000); // the restart takes a while: a restarted wait would end 1 s or more after the due instant

        try (LocalStepFunctions after = executor(definition, new ScriptedRunner(n -> null), 1.0)) {
            Execution execution = resumed(after, "wait");

            List<Execution.Event> events = execution.events();
            assertThat(execution.status()).isEqualTo(Execution.Status.SUCCEEDED);
            assertThat(types(events)).containsSubsequence("ExecutionStarted", "WaitStarted", "ExecutionResumed",
                    "WaitStateExited", "TaskScheduled", "ExecutionSucceeded").containsOnlyOnce("WaitStarted");
            assertThat(first(events, "ExecutionResumed").detail()).isEqualTo("waiting until " + due);
            assertThat(first(events, "WaitStateExited").timestamp()).isAfterOrEqualTo(due)
                    .isBefore(due.plusMillis(700));
        }
    }

    @Test
    void aTaskInterruptedMidRunIsRunAgainAsTheNextAttempt() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        AtomicReference<List<Execution.Event>> durableAtRun = new AtomicReference<>();
        TaskRunner blocking = (resource, parameters, context) -> {
            durableAtRun.set(store.durableEvents(context.executionName()));
            running.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new StatesError(StatesError.TASK_FAILED, "stopped: the local executor is shutting down");
        };
        LocalStepFunctions before = renderWorkflow(blocking);
        before.start("job-r", LocalStepFunctionsTest.input("job-r"));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        before.close();
        store.crash();
        assertThat(durableAtRun.get()).as("recorded durably before the task started").last()
                .satisfies(e -> assertThat(e.type()).isEqualTo("TaskScheduled"))
                .satisfies(e -> assertThat(e.retryCount()).contains(0));

        ScriptedRunner runner = new ScriptedRunner(n -> null);
        try (LocalStepFunctions after = renderWorkflow(runner)) {
            Execution execution = resumed(after, "job-r");

            assertThat(execution.status()).isEqualTo(Execution.Status.SUCCEEDED);
            assertThat(execution.output().orElseThrow().get("mode").asText()).isEqualTo("render");
            assertThat(runner.runs).hasSize(1);
            assertThat(runner.runs.get(0)).containsEntry("ATTEMPT", "2");
            List<Execution.Event> events = execution.events();
            assertThat(types(events)).containsSubsequence("TaskScheduled", "ExecutionResumed", "TaskScheduled",
                    "TaskSucceeded", "ExecutionSucceeded").containsOnlyOnce("ExecutionStarted", "ExecutionResumed")
                    .doesNotContain("TaskFailed", "TaskRetryScheduled");
            assertThat(events).filteredOn(e -> e.type().equals("TaskScheduled")).extracting(e -> e.retryCount().orElseThrow())
                    .containsExactly(0, 1);
        }
    }

    @Test
    void aPendingRetryWaitsUntilTheInstantItWasDueAndItsRetrierCountIsKept() throws Exception {
        String definition = "{\"StartAt\":\"T\",\"States\":{\"T\":{" + TASK + ",\"Retry\":[{\"ErrorEquals\":"
                + "[\"States.ALL\"],\"IntervalSeconds\":1.5,\"MaxAttempts\":1}],\"End\":true}}}";
        LocalStepFunctions before = executor(definition, new ScriptedRunner(n -> new StatesError(StatesError.TASK_FAILED,
                "exit 1")), 1.0);
        before.start("retry", JSON.readTree("{}"));
        Instant due = durable("retry", "TaskRetryScheduled").due().orElseThrow();
        before.close();
        store.crash();
        Thread.sleep(1000);

        // the retry fails too: the retrier's one attempt was spent before the crash, so the execution fails
        try (LocalStepFunctions after = executor(definition, new ScriptedRunner(n -> new StatesError(
                StatesError.TASK_FAILED, "exit 2")), 1.0)) {
            Execution execution = resumed(after, "retry");

            List<Execution.Event> events = execution.events();
            assertThat(execution.status()).isEqualTo(Execution.Status.FAILED);
            assertThat(execution.cause()).contains("exit 2");
            assertThat(types(events)).containsOnlyOnce("TaskRetryScheduled");
            Execution.Event retried = events.stream().filter(e -> e.type().equals("TaskScheduled")).skip(1).findFirst()
                    .orElseThrow();
            assertThat(retried.retryCount()).contains(1);
            assertThat(retried.timestamp()).isAfterOrEqualTo(due).isBefore(due.plusMillis(700));
        }
    }

    @Test
    void theExecutionTimeoutCountsFromItsFirstStartAcrossARestart() throws Exception {
        String definition = "{\"StartAt\":\"W\",\"TimeoutSeconds\":2,\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":30,"
                + "\"End\":true}}}";
        LocalStepFunctions before = executor(definition, new ScriptedRunner(n -> null), 1.0);
        before.start("slow", JSON.readTree("{}"));
        durable("slow", "WaitStarted");
        before.close();
        store.crash();
        Thread.sleep(1000);

        try (LocalStepFunctions after = executor(definition, new ScriptedRunner(n -> null), 1.0)) {
            Execution execution = resumed(after, "slow");

            List<Execution.Event> events = execution.events();
            Instant started = first(events, "ExecutionStarted").timestamp();
            assertThat(execution.status()).isEqualTo(Execution.Status.TIMED_OUT);
            assertThat(execution.cause()).contains("the execution ran longer than 2 s");
            assertThat(first(events, "ExecutionTimedOut").timestamp()).isAfterOrEqualTo(started.plusSeconds(2))
                    .isBefore(started.plusMillis(2700)); // a timeout counted from the restart would be 3 s or later
        }
    }

    @Test
    void recordedNamesAreKnownAfterARestartWithTheirHistory() throws Exception {
        try (LocalStepFunctions before = renderWorkflow(new ScriptedRunner(n -> null))) {
            assertThat(before.start("job-k", LocalStepFunctionsTest.input("job-k")).await(10, TimeUnit.SECONDS)).isTrue();
        }
        ScriptedRunner runner = new ScriptedRunner(n -> null);
        try (LocalStepFunctions after = renderWorkflow(runner)) {
            assertThat(after.resume()).isZero();
            Execution known = after.describe("job-k").orElseThrow();
            assertThat(known.status()).isEqualTo(Execution.Status.SUCCEEDED);
            assertThat(known.output().orElseThrow().get("mode").asText()).isEqualTo("render");
            assertThat(types(known.events())).startsWith("ExecutionQueued", "ExecutionStarted").endsWith("ExecutionSucceeded");

            assertThat(after.start("job-k", LocalStepFunctionsTest.input("job-k")).status())
                    .isEqualTo(Execution.Status.SUCCEEDED);
            assertThatThrownBy(() -> after.start("job-k", LocalStepFunctionsTest.input("job-other")))
                    .isInstanceOf(LocalStepFunctions.ExecutionAlreadyExistsException.class);
            assertThat(after.stop("job-k")).isFalse();
            assertThat(runner.runs).as("nothing ran again").isEmpty();
        }
    }

    @Test
    void anExecutionStillQueuedAtTheCrashStartsAfterTheRestart() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        TaskRunner blocking = (resource, parameters, context) -> {
            running.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new StatesError(StatesError.TASK_FAILED, "stopped");
        };
        LocalStepFunctions before = renderWorkflow(blocking); // one at a time: the second waits in the queue
        before.start("job-a", LocalStepFunctionsTest.input("job-a"));
        before.start("job-b", LocalStepFunctionsTest.input("job-b"));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        before.close();
        store.crash();

        try (LocalStepFunctions after = renderWorkflow(new ScriptedRunner(n -> null))) {
            assertThat(after.resume()).isEqualTo(2);
            for (String name : List.of("job-a", "job-b")) {
                Execution execution = after.describe(name).orElseThrow();
                assertThat(execution.await(10, TimeUnit.SECONDS)).isTrue();
                assertThat(execution.status()).isEqualTo(Execution.Status.SUCCEEDED);
            }
            assertThat(types(store.events("job-b"))).containsSubsequence("ExecutionQueued", "ExecutionResumed",
                    "ExecutionStarted", "ExecutionSucceeded").containsOnlyOnce("ExecutionStarted");
        }
    }

    @Test
    void anExecutionWhoseTransitionCannotBeRecordedEndsFailedWithTheCauseInsteadOfHanging() throws Exception {
        ExecutionStore failing = new ExecutionStore() {
            private volatile boolean gone;

            @Override
            public Optional<ExecutionRecord> create(ExecutionRecord execution) {
                return store.create(execution);
            }

            @Override
            public void append(ExecutionRecord after, Execution.Event event) {
                gone |= event.type().equals("TaskSucceeded");
                if (gone) {
                    throw new IllegalStateException("the store is gone");
                }
                store.append(after, event);
            }

            @Override
            public Optional<ExecutionRecord> find(String name) {
                return store.find(name);
            }

            @Override
            public List<ExecutionRecord> unfinished() {
                return store.unfinished();
            }

            @Override
            public List<Execution.Event> events(String name) {
                return store.events(name);
            }

            @Override
            public void awaitDurable() {
                store.awaitDurable();
            }
        };
        try (LocalStepFunctions sfn = new LocalStepFunctions(StateMachineDefinition.load(LocalStepFunctionsTest.DEFINITION,
                LocalStepFunctionsTest.SUBSTITUTIONS), new ScriptedRunner(n -> null), failing, 1, 0.0, Clock.systemUTC())) {
            Execution execution = sfn.start("job-s", LocalStepFunctionsTest.input("job-s"));

            assertThat(execution.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(execution.status()).isEqualTo(Execution.Status.FAILED);
            assertThat(execution.cause()).hasValueSatisfying(c -> assertThat(c).contains("the store is gone"));
            assertThat(store.unfinished()).as("still unfinished where it was recorded: the next start resumes it")
                    .extracting(ExecutionRecord::name).containsExactly("job-s");
        }
    }
}
