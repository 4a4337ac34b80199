package dev.videoagent.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What is recorded of one execution after each of its events: enough to describe it and, after a restart,
 * to continue it where it was ({@link Position}). {@code lastEventId} is the id of the last event recorded.
 */
public record ExecutionRecord(String name, JsonNode input, Instant startDate, Optional<Instant> runningSince,
                              Execution.Status status, Position position, Optional<JsonNode> output,
                              Optional<String> error, Optional<String> cause, Optional<Instant> stopDate,
                              int lastEventId) {

    /** Where in its state an execution is. */
    public enum Phase {
        /** Not started: it starts at the definition's StartAt. */
        QUEUED,
        /** The state was entered with {@code data}; nothing of it happened yet that must not happen twice. */
        ENTERED,
        /** The task was scheduled with {@code retryCount} and may be running: after a restart it is run again. */
        TASK,
        /** The task failed and its next run ({@code retryCount}) is due at {@code due}. */
        RETRY_WAIT,
        /** A Wait state waits until {@code due}. */
        WAITING,
        /** The state ended with {@code data} as its output; the execution goes on at {@code next}, or ends. */
        EXITED,
        /** The execution has ended. */
        ENDED
    }

    /**
     * The resumable snapshot: the current state and its input ({@code data}; its output once EXITED), how often each
     * of its retriers has retried, the retry count of its task's runs, and the instant a wait or retry is due.
     */
    public record Position(Phase phase, String state, JsonNode data, Optional<String> next, List<Integer> retries,
                           int retryCount, Optional<Instant> due) {

        public Position {
            retries = List.copyOf(retries);
        }

        static Position queued() {
            return new Position(Phase.QUEUED, null, null, Optional.empty(), List.of(), 0, Optional.empty());
        }

        static Position entered(String state, JsonNode data, int retriers) {
            return new Position(Phase.ENTERED, state, data, Optional.empty(), Collections.nCopies(retriers, 0), 0,
                    Optional.empty());
        }

        Position task(int[] counts, int count) {
            return new Position(Phase.TASK, state, data, Optional.empty(), list(counts), count, Optional.empty());
        }

        Position retryWait(int[] counts, int count, Instant at) {
            return new Position(Phase.RETRY_WAIT, state, data, Optional.empty(), list(counts), count, Optional.of(at));
        }

        Position waiting(Instant at) {
            return new Position(Phase.WAITING, state, data, Optional.empty(), retries, retryCount, Optional.of(at));
        }

        Position exited(JsonNode output, String nextState) {
            return new Position(Phase.EXITED, state, output, Optional.ofNullable(nextState), retries, retryCount,
                    Optional.empty());
        }

        Position ended() {
            return new Position(Phase.ENDED, state, data, Optional.empty(), retries, retryCount, Optional.empty());
        }

        int[] retryCounts(int retriers) {
            int[] counts = new int[retriers];
            for (int i = 0; i < Math.min(retriers, retries.size()); i++) {
                counts[i] = retries.get(i);
            }
            return counts;
        }

        private static List<Integer> list(int[] counts) {
            List<Integer> out = new ArrayList<>(counts.length);
            for (int c : counts) {
                out.add(c);
            }
            return out;
        }
    }

    static ExecutionRecord queued(String name, JsonNode input, Instant at) {
        return new ExecutionRecord(name, input, at, Optional.empty(), Execution.Status.PENDING, Position.queued(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    public boolean finished() {
        return position.phase() == Phase.ENDED;
    }

    ExecutionRecord at(Position where, int eventId) {
        return new ExecutionRecord(name, input, startDate, runningSince, status, where, output, error, cause, stopDate,
                eventId);
    }

    ExecutionRecord running(Instant since) {
        return new ExecutionRecord(name, input, startDate, Optional.of(since), Execution.Status.RUNNING, position,
                output, error, cause, stopDate, lastEventId);
    }

    ExecutionRecord ended(Execution.Status end, JsonNode out, String errorName, String errorCause, Instant at) {
        return new ExecutionRecord(name, input, startDate, runningSince, end, position.ended(), Optional.ofNullable(out),
                Optional.ofNullable(errorName), Optional.ofNullable(errorCause), Optional.of(at), lastEventId);
    }
}
