package dev.videoagent.core.usecase;
import dev.videoagent.core.model.DependencyState;
import dev.videoagent.core.model.HealthReport;
import dev.videoagent.core.port.HealthProbe;
import dev.videoagent.core.port.Supervision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: report whether each dependency answers. Probes run in parallel, so one dead dependency
 * costs one timeout, not one per dependency, and a hanging probe can never hang the health route.
 */
public final class HealthService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HealthService.class);

    private final List<HealthProbe> probes;
    private final Duration timeout;
    private final ExecutorService executor;
    private final Supervision supervision;

    public HealthService(List<HealthProbe> probes, Duration timeout) {
        this(probes, timeout, Supervision.NONE);
    }

    public HealthService(List<HealthProbe> probes, Duration timeout, Supervision supervision) {
        this.probes = List.copyOf(probes);
        this.timeout = timeout;
        this.supervision = supervision;
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "health-probe");
            thread.setDaemon(true);
            return thread;
        });
    }

    public HealthReport check() {
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (HealthProbe probe : probes) {
            running.add(CompletableFuture.runAsync(probe::check, executor));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, DependencyState> states = new LinkedHashMap<>();
        for (int i = 0; i < probes.size(); i++) {
            HealthProbe probe = probes.get(i);
            states.put(probe.dependency(), await(probe, running.get(i), deadline));
        }
        return new HealthReport(states);
    }

    private DependencyState await(HealthProbe probe, CompletableFuture<Void> future, long deadline) {
        long left = Math.max(0, deadline - System.nanoTime());
        try {
            future.get(left, TimeUnit.NANOSECONDS);
            return DependencyState.UP;
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warn("health: {} did not answer within {} ms", probe.dependency(), timeout.toMillis());
        } catch (ExecutionException e) {
            LOG.warn("health: {} is down: {}", probe.dependency(), rootMessage(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return supervision.recovering(probe.dependency()) ? DependencyState.RECOVERING : DependencyState.DOWN;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
