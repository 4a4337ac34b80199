package dev.videoagent.local.workflow;

import java.util.List;
import java.util.Optional;

/**
 * Where the local executor records its executions, so that, like Step Functions, it never loses one: every
 * event is appended together with the snapshot it leaves the execution in ({@link ExecutionRecord}), and a
 * restarted executor continues each unfinished execution from its last snapshot.
 */
public interface ExecutionStore {

    /** Records a new execution (no events yet). Empty when it was created; the recorded one when the name is taken. */
    Optional<ExecutionRecord> create(ExecutionRecord execution);

    /** Appends one event and replaces the execution's snapshot with {@code after} (whose lastEventId is the event's). */
    void append(ExecutionRecord after, Execution.Event event);

    Optional<ExecutionRecord> find(String name);

    /** The executions that have not ended, oldest first. */
    List<ExecutionRecord> unfinished();

    /** The execution's events in order (empty for an unknown name). */
    List<Execution.Event> events(String name);

    /**
     * Returns once everything recorded so far survives a crash. The executor calls it after recording a transition
     * and before acting on it (starting a task, starting a wait, reporting an end).
     */
    void awaitDurable();
}
