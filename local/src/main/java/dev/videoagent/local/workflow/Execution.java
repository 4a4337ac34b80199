package dev.videoagent.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** One execution of the state machine: its status, output or error, and its event history. */
public final class Execution {

    public enum Status { PENDING, RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED }

    /** One entry of the history, like Step Functions' GetExecutionHistory. */
    public record Event(int id, Instant timestamp, String type, String state, String detail) {
    }

    private final String name;
    private final JsonNode input;
    private final Instant startDate;
    private final List<Event> events = new ArrayList<>();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Status status = Status.PENDING;
    private volatile JsonNode output;
    private volatile String error;
    private volatile String cause;
    private volatile String currentState;
    private volatile Instant stopDate;
    private volatile boolean abortRequested;
    private volatile Thread runner;

    Execution(String name, JsonNode input, Instant startDate) {
        this.name = name;
        this.input = input;
        this.startDate = startDate;
    }

    public String name() {
        return name;
    }

    public JsonNode input() {
        return input;
    }

    public Instant startDate() {
        return startDate;
    }

    public Status status() {
        return status;
    }

    public Optional<JsonNode> output() {
        return Optional.ofNullable(output);
    }

    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    public Optional<String> cause() {
        return Optional.ofNullable(cause);
    }

    public Optional<String> currentState() {
        return Optional.ofNullable(currentState);
    }

    public Optional<Instant> stopDate() {
        return Optional.ofNullable(stopDate);
    }

    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** Waits for the end of the execution; true when it ended in time. */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return done.await(timeout, unit);
    }

    synchronized void event(Instant at, String type, String state, String detail) {
        events.add(new Event(events.size() + 1, at, type, state, detail));
    }

    void running() {
        runner = Thread.currentThread();
        status = Status.RUNNING;
    }

    /** StopExecution: the running state is interrupted (a task's process is stopped) and the execution ends ABORTED. */
    synchronized boolean requestAbort() {
        if (done.getCount() == 0) {
            return false;
        }
        abortRequested = true;
        Thread running = runner;
        if (running != null) {
            running.interrupt();
        }
        return true;
    }

    boolean abortRequested() {
        return abortRequested;
    }

    void entered(String state) {
        currentState = state;
    }

    void succeeded(JsonNode out, Instant at) {
        output = out;
        finish(Status.SUCCEEDED, at);
    }

    void failed(Status end, String errorName, String errorCause, Instant at) {
        error = errorName;
        cause = errorCause;
        finish(end, at);
    }

    private void finish(Status end, Instant at) {
        runner = null;
        stopDate = at;
        status = end;
        done.countDown();
    }
}
