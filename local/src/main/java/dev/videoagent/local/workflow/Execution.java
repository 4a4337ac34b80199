package dev.videoagent.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * One execution of the state machine: its status, output or error, and its event history. Everything it says
 * comes from what was recorded in the {@link ExecutionStore}: each event is written with the snapshot it
 * leaves the execution in before the executor acts on it.
 */
public final class Execution {

    public enum Status { PENDING, RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED }

    /**
     * One entry of the history, like Step Functions' GetExecutionHistory. Task events carry the retry count of
     * the run they are about; TaskRetryScheduled and WaitStarted the instant they are due.
     */
    public record Event(int id, Instant timestamp, String type, String state, String detail,
                        Optional<Integer> retryCount, Optional<Instant> due) {
    }

    private final ExecutionStore store;
    private final Clock clock;
    private final BooleanSupplier executorClosed;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile ExecutionRecord record;
    private volatile boolean abortRequested;
    private volatile boolean timeoutRequested;
    private volatile Thread runner;

    Execution(ExecutionRecord record, ExecutionStore store, Clock clock, BooleanSupplier executorClosed) {
        this.record = record;
        this.store = store;
        this.clock = clock;
        this.executorClosed = executorClosed;
        if (record.finished()) {
            done.countDown();
        }
    }

    public String name() {
        return record.name();
    }

    public JsonNode input() {
        return record.input();
    }

    public Instant startDate() {
        return record.startDate();
    }

    public Status status() {
        return record.status();
    }

    public Optional<JsonNode> output() {
        return record.output();
    }

    public Optional<String> error() {
        return record.error();
    }

    public Optional<String> cause() {
        return record.cause();
    }

    public Optional<String> currentState() {
        return Optional.ofNullable(record.position().state());
    }

    public Optional<Instant> stopDate() {
        return record.stopDate();
    }

    /** The recorded history, read from the store. */
    public List<Event> events() {
        return store.events(record.name());
    }

    /** Waits for the end of the execution; true when it ended in time. */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return done.await(timeout, unit);
    }

    ExecutionRecord record() {
        return record;
    }

    /** Records an event that leaves the execution at {@code position} (with the position's due instant, if any). */
    void record(String type, String state, String detail, ExecutionRecord.Position position) {
        append(type, state, detail, Optional.empty(), position.due(), r -> r.at(position, r.lastEventId() + 1));
    }

    /** Records an event of the task at {@code position}: it carries the position's retry count and due instant. */
    void recordTask(String type, String detail, ExecutionRecord.Position position) {
        append(type, position.state(), detail, Optional.of(position.retryCount()), position.due(),
                r -> r.at(position, r.lastEventId() + 1));
    }

    /** Returns once every event recorded so far survives a crash. */
    void durable() {
        store.awaitDurable();
    }

    void recordStarted(Instant at) {
        append("ExecutionStarted", null, record.input().toString(), Optional.empty(), Optional.empty(),
                r -> r.running(at).at(r.position(), r.lastEventId() + 1));
    }

    /**
     * Records the end event and ends the execution, in that order and only once the end is durable: nobody is told
     * an execution ended that a crash now would resume.
     */
    synchronized void recordEnd(String type, String detail, Status end, JsonNode output, String errorName,
                                String errorCause, Instant at) {
        ExecutionRecord after = write(type, null, detail, Optional.empty(), Optional.empty(),
                r -> r.ended(end, output, errorName, errorCause, at).at(r.position().ended(), r.lastEventId() + 1));
        store.awaitDurable();
        record = after;
        finish();
    }

    /** Ends the execution in this process only: what it was could not be recorded (the store keeps the last snapshot). */
    synchronized void endUnrecorded(Status end, JsonNode output, String errorName, String errorCause, Instant at) {
        record = record.ended(end, output, errorName, errorCause, at);
        finish();
    }

    private synchronized void append(String type, String state, String detail, Optional<Integer> retryCount,
                                     Optional<Instant> due, UnaryOperator<ExecutionRecord> change) {
        record = write(type, state, detail, retryCount, due, change);
    }

    /** Writes the event and the snapshot after it to the store; returns the snapshot, not yet shown to readers. */
    private ExecutionRecord write(String type, String state, String detail, Optional<Integer> retryCount,
                                  Optional<Instant> due, UnaryOperator<ExecutionRecord> change) {
        if (executorClosed.getAsBoolean()) {
            // a closed executor records nothing more: the execution stays as recorded and resumes on the next start
            throw new ExecutorClosedException(record.name());
        }
        ExecutionRecord after = change.apply(record);
        Instant at = after.stopDate().filter(s -> after.finished()).orElseGet(clock::instant);
        store.append(after, new Event(after.lastEventId(), at, type, state, detail, retryCount, due));
        return after;
    }

    void running() {
        runner = Thread.currentThread();
    }

    /** Called when the run ends, whatever the outcome, so nobody interrupts its pool thread later. */
    void detach() {
        runner = null;
    }

    /** StopExecution: the running state is interrupted (a task's process is stopped) and the execution ends ABORTED. */
    synchronized boolean requestAbort() {
        if (done.getCount() == 0) {
            return false;
        }
        abortRequested = true;
        interruptRunner();
        return true;
    }

    /** The execution's TimeoutSeconds passed: whatever state it is in is interrupted and it ends TIMED_OUT. */
    synchronized void requestTimeout() {
        if (done.getCount() != 0) {
            timeoutRequested = true;
            interruptRunner();
        }
    }

    private void interruptRunner() {
        Thread running = runner;
        if (running != null) {
            running.interrupt();
        }
    }

    boolean abortRequested() {
        return abortRequested;
    }

    boolean timeoutRequested() {
        return timeoutRequested;
    }

    private void finish() {
        runner = null;
        done.countDown();
    }
}
