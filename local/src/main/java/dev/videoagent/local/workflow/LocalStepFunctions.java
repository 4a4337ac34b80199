package dev.videoagent.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local Step Functions: runs executions of one validated definition on a bounded pool, queueing
 * the rest. Retry waits and Wait states are multiplied by {@code timeScale} (1 = real time), so tests
 * do not sleep for real. Starting an execution whose name exists returns it when the input is the same
 * and fails otherwise, as StartExecution does.
 */
public final class LocalStepFunctions implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStepFunctions.class);
    /** The error of an execution stopped on request. */
    static final String ABORTED = "VideoAgent.Cancelled";

    /** The name is taken by an execution with another input. */
    public static class ExecutionAlreadyExistsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ExecutionAlreadyExistsException(String name) {
            super("an execution named '" + name + "' exists with another input");
        }
    }

    private final StateMachineDefinition definition;
    private final TaskRunner tasks;
    private final double timeScale;
    private final Clock clock;
    private final ExecutorService pool;
    private final Map<String, Execution> executions = new ConcurrentHashMap<>();

    public LocalStepFunctions(StateMachineDefinition definition, TaskRunner tasks, int concurrency, double timeScale,
                              Clock clock) {
        this.definition = definition;
        this.tasks = tasks;
        this.timeScale = timeScale;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(concurrency, concurrency, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "sfn-execution-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    public Execution start(String name, JsonNode input) {
        Execution fresh = new Execution(name, input.deepCopy(), clock.instant());
        Execution existing = executions.putIfAbsent(name, fresh);
        if (existing != null) {
            if (!existing.input().equals(input)) {
                throw new ExecutionAlreadyExistsException(name);
            }
            return existing;
        }
        fresh.event(clock.instant(), "ExecutionQueued", null, null);
        pool.execute(() -> run(fresh));
        return fresh;
    }

    public Optional<Execution> describe(String name) {
        return Optional.ofNullable(executions.get(name));
    }

    /** Like StopExecution: true when a running or queued execution was told to stop. */
    public boolean stop(String name) {
        Execution execution = executions.get(name);
        return execution != null && execution.requestAbort();
    }

    private void run(Execution execution) {
        execution.running();
        Instant started = clock.instant();
        execution.event(started, "ExecutionStarted", null, execution.input().toString());
        long limit = definition.timeoutSeconds();
        // the time scale is for waits; the execution's own limit is real time
        Instant deadline = limit > 0 ? started.plusSeconds(limit) : null;
        Random jitter = new Random(execution.name().hashCode());
        String stateName = definition.startAt();
        JsonNode data = execution.input();
        try {
            while (true) {
                if (execution.abortRequested()) {
                    throw new StatesError(ABORTED, "stopped on request");
                }
                if (deadline != null && clock.instant().isAfter(deadline)) {
                    throw new StatesError(StatesError.TIMEOUT, "the execution ran longer than " + limit + " s");
                }
                JsonNode state = definition.state(stateName);
                execution.entered(stateName);
                execution.event(clock.instant(), state.get("Type").asText() + "StateEntered", stateName, null);
                Step step = step(execution, stateName, state, data, jitter);
                execution.event(clock.instant(), state.get("Type").asText() + "StateExited", stateName,
                        step.output() == null ? null : step.output().toString());
                if (step.next() == null) {
                    execution.event(clock.instant(), "ExecutionSucceeded", null, step.output().toString());
                    execution.succeeded(step.output(), clock.instant());
                    return;
                }
                data = step.output();
                stateName = step.next();
            }
        } catch (StatesError e) {
            if (execution.abortRequested()) {
                execution.event(clock.instant(), "ExecutionAborted", null, "stopped on request");
                execution.failed(Execution.Status.ABORTED, ABORTED, "stopped on request", clock.instant());
                Thread.interrupted(); // the interrupt was for the stopped task; the pool thread goes on
                return;
            }
            boolean timedOut = e.error().equals(StatesError.TIMEOUT) && e.cause().startsWith("the execution");
            execution.event(clock.instant(), timedOut ? "ExecutionTimedOut" : "ExecutionFailed", null,
                    e.error() + ": " + e.cause());
            execution.failed(timedOut ? Execution.Status.TIMED_OUT : Execution.Status.FAILED, e.error(), e.cause(),
                    clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("workflow: execution {} failed unexpectedly", execution.name(), e);
            execution.event(clock.instant(), "ExecutionFailed", null, StatesError.RUNTIME + ": " + e);
            execution.failed(Execution.Status.FAILED, StatesError.RUNTIME, e.toString(), clock.instant());
        }
    }

    private record Step(JsonNode output, String next) {
    }

    private Step step(Execution execution, String name, JsonNode state, JsonNode raw, Random jitter) {
        JsonNode context = context(execution, name, 0);
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
                sleep(StateTimes.waitSeconds(state, input, context));
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
                return task(execution, name, state, raw, input, jitter);
            }
            default -> throw new AslException("state '" + name + "': Type " + type + " is not supported");
        }
    }

    private Step task(Execution execution, String name, JsonNode state, JsonNode raw, JsonNode input, Random jitter) {
        int[] attempts = new int[state.path("Retry").size()];
        int retryCount = 0;
        while (true) {
            JsonNode context = context(execution, name, retryCount);
            try {
                JsonNode parameters = state.has("Parameters") ? AslPaths.template(state.get("Parameters"), input, context)
                        : input;
                Optional<Duration> timeout = StateTimes.timeout(state, input, context);
                execution.event(clock.instant(), "TaskScheduled", name, parameters.toString());
                JsonNode result = tasks.run(state.get("Resource").asText(), parameters,
                        new TaskRunner.TaskContext(execution.name(), name, retryCount, timeout));
                execution.event(clock.instant(), "TaskSucceeded", name, result.toString());
                if (state.has("ResultSelector")) {
                    result = AslPaths.template(state.get("ResultSelector"), result, context);
                }
                return next(state, output(state, raw, result, context));
            } catch (StatesError e) {
                execution.event(clock.instant(), e.error().equals(StatesError.TIMEOUT) ? "TaskTimedOut" : "TaskFailed",
                        name, e.error() + ": " + e.cause());
                if (execution.abortRequested()) {
                    throw e; // stopped: no retry, no catch
                }
                JsonNode retriers = state.path("Retry");
                int matched = -1;
                for (int i = 0; i < retriers.size(); i++) {
                    if (e.matches(names(retriers.get(i).get("ErrorEquals")))) {
                        matched = i;
                        break;
                    }
                }
                if (matched >= 0 && attempts[matched] < retriers.get(matched).path("MaxAttempts").asInt(3)) {
                    attempts[matched]++;
                    double delay = StateTimes.retryDelaySeconds(retriers.get(matched), attempts[matched], jitter);
                    execution.event(clock.instant(), "TaskRetryScheduled", name,
                            String.format(java.util.Locale.ROOT, "retry %d in %.3f s", retryCount + 1, delay));
                    sleep(delay);
                    retryCount++;
                    continue;
                }
                for (JsonNode catcher : state.path("Catch")) {
                    if (e.matches(names(catcher.get("ErrorEquals")))) {
                        ObjectNode error = JsonNodeFactory.instance.objectNode();
                        error.put("Error", e.error());
                        error.put("Cause", e.cause());
                        JsonNode out = AslPaths.merge(raw, catcher.has("ResultPath") ? catcher.get("ResultPath") : null, error);
                        execution.event(clock.instant(), "CatchTaken", name, catcher.get("Next").asText());
                        return new Step(out, catcher.get("Next").asText());
                    }
                }
                throw e;
            }
        }
    }

    private Step next(JsonNode state, JsonNode output) {
        return new Step(output, state.path("End").asBoolean(false) ? null : state.get("Next").asText());
    }

    private JsonNode output(JsonNode state, JsonNode raw, JsonNode result, JsonNode context) {
        JsonNode merged = AslPaths.merge(raw, state.get("ResultPath"), result);
        return AslPaths.select(state.get("OutputPath"), merged, context);
    }

    private JsonNode context(Execution execution, String stateName, int retryCount) {
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

    private static java.util.List<String> names(JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private void sleep(double seconds) {
        long millis = Math.round(seconds * 1000 * timeScale);
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

    @Override
    public void close() {
        pool.shutdownNow();
        if (tasks instanceof ChildProcessEcsTaskRunner children) {
            children.stopAll();
        }
    }
}
