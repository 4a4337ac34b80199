package dev.videoagent.local.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local Step Functions: runs executions of one validated definition on a bounded pool, queueing the rest.
 * Like Step Functions it never loses an execution: every execution and transition is recorded in the
 * {@link ExecutionStore} before it is acted on, and {@link #resume()} continues, after a restart, each execution
 * the store has unfinished. Retry waits and Wait states are multiplied by {@code timeScale} (1 = real time), so
 * tests do not sleep for real. Starting an execution whose name exists (also one recorded before a restart)
 * returns it when the input is the same and fails otherwise, as StartExecution does.
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
    private final ExecutionStore store;
    private final double timeScale;
    private final Clock clock;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService timer;
    /** The executions this process runs or ran, and the ended ones it was asked about. */
    private final Map<String, Execution> executions = new ConcurrentHashMap<>();
    /** Executions waiting for a free slot, by name: what the pool would run for them. */
    private final Map<String, Runnable> queued = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    public LocalStepFunctions(StateMachineDefinition definition, TaskRunner tasks, ExecutionStore store, int concurrency,
                              double timeScale, Clock clock) {
        this.definition = definition;
        this.tasks = tasks;
        this.store = store;
        this.timeScale = timeScale;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(concurrency, concurrency, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                r -> daemon(r, "sfn-execution-" + n.incrementAndGet()));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "sfn-timeouts"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    public Execution start(String name, JsonNode input) {
        // compared and kept as recorded: a number read back from the store must equal the one given
        JsonNode canonical = canonical(input);
        Execution fresh;
        synchronized (this) {
            Optional<Execution> known = describe(name);
            if (known.isPresent()) {
                return same(known.get(), canonical);
            }
            ExecutionRecord queued = ExecutionRecord.queued(name, canonical, clock.instant());
            Optional<ExecutionRecord> taken = store.create(queued);
            if (taken.isPresent()) { // recorded meanwhile by another executor on the same store
                return same(new Execution(taken.get(), store, clock, closed::get), canonical);
            }
            fresh = new Execution(queued, store, clock, closed::get);
            executions.put(name, fresh);
        }
        try {
            fresh.record("ExecutionQueued", null, null, fresh.record().position());
            store.awaitDurable(); // once StartExecution answers, the execution runs even if this process is killed now
        } finally {
            // run even when that failed: the run records its way or ends with the cause, it is never left queued
            submit(fresh, false);
        }
        return fresh;
    }

    private static Execution same(Execution existing, JsonNode input) {
        if (!existing.input().equals(input)) {
            throw new ExecutionAlreadyExistsException(existing.name());
        }
        return existing;
    }

    private static JsonNode canonical(JsonNode input) {
        try {
            return AslPaths.mapper().readTree(AslPaths.mapper().writeValueAsString(input));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the execution input is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The execution of that name: one of this process, else as recorded (also before a restart). */
    public Optional<Execution> describe(String name) {
        Execution execution = executions.get(name);
        if (execution != null) {
            return Optional.of(execution);
        }
        Optional<Execution> recorded = store.find(name).map(r -> new Execution(r, store, clock, closed::get));
        // an ended one does not change any more; an unfinished one is kept by resume() only, which runs it
        recorded.filter(e -> e.record().finished()).ifPresent(e -> executions.putIfAbsent(name, e));
        return recorded;
    }

    /**
     * Like StopExecution: true when a running or queued execution was told to stop. One still waiting for a free
     * slot ends ABORTED at once, as StopExecution ends it, rather than when its turn would have come.
     */
    public boolean stop(String name) {
        Execution execution = executions.get(name);
        if (execution == null || !execution.requestAbort()) {
            return false;
        }
        Runnable waiting = queued.remove(name);
        if (waiting != null && pool.remove(waiting)) {
            run(execution, false); // here: it sees the abort before its first state and records its end
        }
        return true;
    }

    /** Runs the execution on the pool, and remembers it until it starts so that a stop can take it out. */
    private void submit(Execution execution, boolean resumed) {
        Runnable job = new Runnable() {
            @Override
            public void run() {
                queued.remove(execution.name(), this);
                LocalStepFunctions.this.run(execution, resumed);
            }
        };
        queued.put(execution.name(), job);
        pool.execute(job);
    }

    /**
     * On start: every execution the store has unfinished continues from where it was recorded, with the data it
     * had: a task that was running runs again as the next attempt, a pending retry or Wait waits until the
     * instant it was due, and the execution's timeout counts from its first start. Returns how many resumed.
     */
    public int resume() {
        int resumed = 0;
        for (ExecutionRecord recorded : store.unfinished()) {
            Execution execution = new Execution(recorded, store, clock, closed::get);
            if (executions.putIfAbsent(recorded.name(), execution) == null) { // else this process runs it already
                submit(execution, true);
                resumed++;
            }
        }
        if (resumed > 0) {
            LOG.info("workflow: {} unfinished execution(s) from before the restart resumed", resumed);
        }
        return resumed;
    }

    private void run(Execution execution, boolean resumed) {
        new ExecutionRun(definition, tasks, execution, timeScale, clock, timer).execute(resumed);
    }

    /**
     * Stops running executions without recording anything more about them (as a crash would, but with their
     * tasks stopped): they stay unfinished in the store and the next executor on it resumes them.
     */
    @Override
    public void close() {
        closed.set(true);
        pool.shutdownNow();
        timer.shutdownNow();
        if (tasks instanceof ChildProcessEcsTaskRunner children) {
            children.stopAll();
        }
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("workflow: executions still unwinding after 5 s; the store keeps them for the next start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
