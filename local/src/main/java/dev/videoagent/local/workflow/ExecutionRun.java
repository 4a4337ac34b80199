package dev.videoagent.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.videoagent.local.workflow.ExecutionRecord.Phase;
import dev.videoagent.local.workflow.ExecutionRecord.Position;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of an execution on a pool thread, from its start or from where it was recorded: the state loop,
 * Pass, Choice, Wait, Succeed and Fail (Task is {@link TaskState}), and the end. Each transition is recorded
 * before it is acted on; a wait sleeps until its recorded due instant, so a resumed wait is not restarted.
 */
final class ExecutionRun {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutionRun.class);

    /** What a state gave: its output and the next state (null: the execution ends). */
    record Step(JsonNode output, String next) {
    }

    private final StateMachineDefinition definition;
    private final Execution execution;
    private final double timeScale;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final TaskState tasks;

    ExecutionRun(StateMachineDefinition definition, TaskRunner runner, Execution execution, double timeScale, Clock clock,
                 ScheduledExecutorService timer) {
        this.definition = definition;
        this.execution = execution;
        this.timeScale = timeScale;
        this.clock = clock;
        this.timer = timer;
        this.tasks = new TaskState(this, runner);
    }

    Execution execution() {
        return execution;
    }

    Clock clock() {
        return clock;
    }

    /** Runs the execution to its end; {@code resumed}: it was recorded by an executor that is gone. */
    void execute(boolean resumed) {
        execution.running();
        ScheduledFuture<?> watchdog = null;
        try {
            ExecutionRecord recorded = execution.record();
            if (resumed) {
                execution.record("ExecutionResumed", recorded.position().state(), describe(recorded.position()),
                        recorded.position());
            }
            if (recorded.runningSince().isEmpty()) {
                execution.recordStarted(clock.instant());
            }
            long limit = definition.timeoutSeconds();
            if (limit > 0) {
                // the execution's own limit is real time from its first start, across restarts
                Instant deadline = execution.record().runningSince().orElseThrow().plusSeconds(limit);
                long millis = Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
                watchdog = timer.schedule(execution::requestTimeout, millis, TimeUnit.MILLISECONDS);
            }
            loop(execution.record().position());
        } catch (ExecutorClosedException e) {
            LOG.debug("workflow: execution {} left as recorded (the executor is closing)", execution.name());
        } catch (RuntimeException e) {
            end(e);
        } catch (Error e) {
            end(new IllegalStateException(e.toString(), e)); // ended with the cause, not left running
            throw e;
        } finally {
            if (watchdog != null) {
                watchdog.cancel(false);
            }
            execution.detach();
        }
    }

    private static String describe(Position at) {
        return switch (at.phase()) {
            case QUEUED -> "not started yet";
            case TASK -> "the task's run with retry count " + at.retryCount() + " was interrupted: it runs again";
            case RETRY_WAIT, WAITING -> "waiting until " + at.due().orElseThrow();
            case EXITED -> "after " + at.state();
            default -> "in " + at.state();
        };
    }

    private void loop(Position start) {
        Position at = start;
        while (true) {
            checkInterruption();
            if (at.phase() == Phase.QUEUED) {
                at = enter(definition.startAt(), execution.input());
            } else if (at.phase() == Phase.EXITED) {
                if (at.next().isEmpty()) {
                    execution.recordEnd("ExecutionSucceeded", at.data().toString(), Execution.Status.SUCCEEDED, at.data(),
                            null, null, clock.instant());
                    LOG.info("workflow: execution {} succeeded (recorded)", execution.name());
                    return;
                }
                at = enter(at.next().get(), at.data());
            } else {
                JsonNode state = definition.state(at.state());
                Step step = step(at, state);
                at = at.exited(step.output(), step.next());
                execution.record(state.get("Type").asText() + "StateExited", at.state(),
                        step.output() == null ? null : step.output().toString(), at);
            }
        }
    }

    private Position enter(String name, JsonNode data) {
        JsonNode state = definition.state(name);
        Position at = Position.entered(name, data, state.path("Retry").size());
        execution.record(state.get("Type").asText() + "StateEntered", name, null, at);
        return at;
    }

    /** A stop request or the execution's timeout ends the execution before its next state. */
    void checkInterruption() {
        if (execution.abortRequested()) {
            throw new StatesError(LocalStepFunctions.ABORTED, "stopped on request");
        }
        if (execution.timeoutRequested()) {
            throw executionTimeout();
        }
    }

    private StatesError executionTimeout() {
        return new StatesError(StatesError.TIMEOUT, "the execution ran longer than " + definition.timeoutSeconds() + " s");
    }

    private Step step(Position at, JsonNode state) {
        String name = at.state();
        JsonNode raw = at.data();
        JsonNode context = context(name, 0);
        JsonNode input = AslPaths.select(state.get("InputPath"), raw, context);
        String type = state.get("Type").asText();
        switch (type) {
            case "Pass" -> {
                JsonNode result = state.has("Result") ? state.get("Result")
                        : state.has("Parameters") ? AslPaths.template(state.get("Parameters"), input, context) : input;
                return next(state, output(state, raw, result, context));
            }
            case "Succeed" -> {
                return new Step(AslPaths.select(state.get("OutputPath"), input, context), null);
            }
            case "Fail" -> {
                String error = state.has("ErrorPath") ? AslPaths.read(state.get("ErrorPath").asText(), input, context).asText()
                        : state.path("Error").asText("States.Failed");
                String cause = state.has("CausePath") ? AslPaths.read(state.get("CausePath").asText(), input, context).asText()
                        : state.path("Cause").asText("");
                throw new StatesError(error, cause);
            }
            case "Wait" -> {
                Position waiting = at;
                if (at.phase() != Phase.WAITING) {
                    waiting = at.waiting(dueIn(StateTimes.waitSeconds(state, input, context)));
                    execution.record("WaitStarted", name, null, waiting);
                    execution.durable(); // a crash from here on resumes the wait, due at the same instant
                }
                sleepUntil(waiting.due().orElseThrow());
                return next(state, AslPaths.select(state.get("OutputPath"), input, context));
            }
            case "Choice" -> {
                for (JsonNode rule : state.get("Choices")) {
                    if (ChoiceRules.matches(rule, input, context)) {
                        return new Step(AslPaths.select(state.get("OutputPath"), input, context), rule.get("Next").asText());
                    }
                }
                if (state.has("Default")) {
                    return new Step(AslPaths.select(state.get("OutputPath"), input, context), state.get("Default").asText());
                }
                throw new StatesError("States.NoChoiceMatched", "no choice rule of state '" + name + "' matched");
            }
            case "Task" -> {
                return tasks.run(at, state, input);
            }
            default -> throw new AslException("state '" + name + "': Type " + type + " is not supported");
        }
    }

    /** Ends the execution after what {@code e} says: stopped, timed out or failed with a cause. */
    private void end(RuntimeException e) {
        Thread.interrupted(); // the interrupt was for the stopped task or wait; recording the end goes on
        Execution.Status status;
        String error;
        String cause;
        String type;
        if (execution.abortRequested()) {
            status = Execution.Status.ABORTED;
            error = LocalStepFunctions.ABORTED;
            cause = "stopped on request";
            type = "ExecutionAborted";
        } else if (execution.timeoutRequested()) {
            status = Execution.Status.TIMED_OUT;
            error = StatesError.TIMEOUT;
            cause = executionTimeout().cause();
            type = "ExecutionTimedOut";
        } else if (e instanceof StatesError s) {
            status = Execution.Status.FAILED;
            error = s.error();
            cause = s.cause();
            type = "ExecutionFailed";
        } else {
            LOG.warn("workflow: execution {} failed unexpectedly", execution.name(), e);
            status = Execution.Status.FAILED;
            error = StatesError.RUNTIME;
            cause = e.toString();
            type = "ExecutionFailed";
        }
        Instant at = clock.instant();
        try {
            execution.recordEnd(type, status == Execution.Status.ABORTED ? cause : error + ": " + cause, status, null,
                    error, cause, at);
        } catch (ExecutorClosedException closed) {
            LOG.debug("workflow: execution {} left as recorded (the executor is closing)", execution.name());
        } catch (RuntimeException unrecorded) {
            // never stuck: it ends here even so; the store still has it unfinished, so the next start resumes it
            LOG.warn("workflow: the end of execution {} ({}) could not be recorded: {}", execution.name(), status,
                    unrecorded.toString());
            execution.endUnrecorded(status, null, error, cause, at);
        }
    }

    /** The instant a wait of {@code seconds} (at this executor's time scale) from now is due. */
    Instant dueIn(double seconds) {
        return clock.instant().plusMillis(Math.max(0, Math.round(seconds * 1000 * timeScale)));
    }

    void sleepUntil(Instant due) {
        // rounded up: waking before the due instant would run a retry or end a Wait early
        long millis = (Duration.between(clock.instant(), due).toNanos() + 999_999) / 1_000_000;
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StatesError(StatesError.RUNTIME, "interrupted");
        }
    }

    static Step next(JsonNode state, JsonNode output) {
        return new Step(output, state.path("End").asBoolean(false) ? null : state.get("Next").asText());
    }

    static JsonNode output(JsonNode state, JsonNode raw, JsonNode result, JsonNode context) {
        JsonNode merged = AslPaths.merge(raw, state.get("ResultPath"), result);
        return AslPaths.select(state.get("OutputPath"), merged, context);
    }

    /** The context object ({@code $$}) of the current state. */
    JsonNode context(String stateName, int retryCount) {
        ObjectNode context = JsonNodeFactory.instance.objectNode();
        ObjectNode exec = context.putObject("Execution");
        exec.put("Id", "arn:local:execution:render-workflow:" + execution.name());
        exec.put("Name", execution.name());
        exec.set("Input", execution.input());
        exec.put("StartTime", execution.startDate().toString());
        ObjectNode state = context.putObject("State");
        state.put("Name", stateName);
        state.put("EnteredTime", clock.instant().toString());
        state.put("RetryCount", retryCount);
        context.putObject("StateMachine").put("Name", "render-workflow");
        return context;
    }
}
