package dev.videoagent.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.videoagent.local.workflow.ExecutionRecord.Phase;
import dev.videoagent.local.workflow.ExecutionRecord.Position;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Task state: runs the resource, retries as its retriers say (backoff, jitter, MaxAttempts) and catches what
 * its catchers name. Continued from a recorded position, a run that was under way when the executor went away
 * is run again as the next attempt (retry count + 1; no retrier's count is spent, the task did not fail), and a
 * pending retry waits until the instant it was due.
 */
final class TaskState {

    private static final Logger LOG = LoggerFactory.getLogger(TaskState.class);

    private final ExecutionRun run;
    private final TaskRunner runner;

    TaskState(ExecutionRun run, TaskRunner runner) {
        this.run = run;
        this.runner = runner;
    }

    ExecutionRun.Step run(Position at, JsonNode state, JsonNode input) {
        Execution execution = run.execution();
        String name = at.state();
        JsonNode retriers = state.path("Retry");
        int[] attempts = at.retryCounts(retriers.size());
        int retryCount = at.retryCount();
        Optional<Instant> due = Optional.empty();
        if (at.phase() == Phase.TASK) {
            retryCount++;
            LOG.info("workflow {}: {} was running when the executor stopped; run again with retry count {}",
                    execution.name(), name, retryCount);
        } else if (at.phase() == Phase.RETRY_WAIT) {
            due = at.due();
        }
        while (true) {
            if (due.isPresent()) {
                run.sleepUntil(due.get());
                run.checkInterruption();
                due = Optional.empty();
            }
            JsonNode context = run.context(name, retryCount);
            Position running = at.task(attempts, retryCount);
            try {
                JsonNode parameters = state.has("Parameters") ? AslPaths.template(state.get("Parameters"), input, context)
                        : input;
                Optional<Duration> timeout = StateTimes.timeout(state, input, context);
                execution.recordTask("TaskScheduled", parameters.toString(), running);
                execution.durable(); // a crash from here on runs the task again, as the next attempt
                JsonNode result = runner.run(state.get("Resource").asText(), parameters,
                        new TaskRunner.TaskContext(execution.name(), name, retryCount, timeout));
                JsonNode selected = state.has("ResultSelector")
                        ? AslPaths.template(state.get("ResultSelector"), result, context) : result;
                ExecutionRun.Step step = ExecutionRun.next(state, ExecutionRun.output(state, at.data(), selected, context));
                execution.recordTask("TaskSucceeded", result.toString(), running.exited(step.output(), step.next()));
                return step;
            } catch (StatesError e) {
                execution.recordTask(e.error().equals(StatesError.TIMEOUT) ? "TaskTimedOut" : "TaskFailed",
                        e.error() + ": " + e.cause(), running);
                run.checkInterruption(); // stopped, or the execution timed out: no retry, no catch
                int matched = retrier(retriers, e);
                if (matched >= 0 && attempts[matched] < retriers.get(matched).path("MaxAttempts").asInt(3)) {
                    attempts[matched]++;
                    Random jitter = new Random(Objects.hash(execution.name(), name, retryCount));
                    double delay = StateTimes.retryDelaySeconds(retriers.get(matched), attempts[matched], jitter);
                    retryCount++;
                    Instant retryAt = run.dueIn(delay);
                    execution.recordTask("TaskRetryScheduled", String.format(Locale.ROOT, "retry %d in %.3f s",
                            retryCount, delay), at.retryWait(attempts, retryCount, retryAt));
                    execution.durable(); // a crash from here on waits for the same instant, then runs the retry
                    due = Optional.of(retryAt);
                    continue;
                }
                for (JsonNode catcher : state.path("Catch")) {
                    if (e.matches(names(catcher.get("ErrorEquals")))) {
                        ObjectNode error = JsonNodeFactory.instance.objectNode();
                        error.put("Error", e.error());
                        error.put("Cause", e.cause());
                        JsonNode out = AslPaths.merge(at.data(),
                                catcher.has("ResultPath") ? catcher.get("ResultPath") : null, error);
                        String next = catcher.get("Next").asText();
                        execution.recordTask("CatchTaken", next, running.exited(out, next));
                        return new ExecutionRun.Step(out, next);
                    }
                }
                throw e;
            }
        }
    }

    private static int retrier(JsonNode retriers, StatesError e) {
        for (int i = 0; i < retriers.size(); i++) {
            if (e.matches(names(retriers.get(i).get("ErrorEquals")))) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
