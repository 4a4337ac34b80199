package dev.videoagent.local.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One render task kept started ahead of its job (the program's standby mode: warm, reading its job from stdin),
 * so a render does not wait for a JVM to start. Each standby runs one job and exits, as a task does; a new one is
 * started once the task that took the last has ended (not while it renders: on two cores its warm-up would slow
 * that render). Its logs and pid file are renamed to the run's when it takes a job, so they read as any run's.
 */
final class StandbyTasks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StandbyTasks.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A waiting task and the files it writes to until it has a job. */
    private record Standby(Process process, Path out, Path err, Path pid) {
    }

    /** A standby that took a job: the process, which now writes to the run's files. */
    record Taken(Process process) {
    }

    private final List<String> command;
    private final Map<String, String> environment;
    private final Set<String> withheld;
    private final Path logs;
    private Standby waiting;
    private int started;
    private boolean closed;

    StandbyTasks(List<String> command, Map<String, String> environment, Set<String> withheld, Path logs) {
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.withheld = Set.copyOf(withheld);
        this.logs = logs;
        deleteLeftovers(logs);
    }

    /** A killed runtime's standby exited when its stdin closed (the orphan check stops it otherwise): its files go. */
    private static void deleteLeftovers(Path logs) {
        if (!Files.isDirectory(logs)) {
            return;
        }
        try (var files = Files.list(logs)) {
            files.filter(f -> f.getFileName().toString().startsWith("standby-")).forEach(StandbyTasks::deleteQuietly);
        } catch (IOException e) {
            LOG.debug("workflow: could not list {}: {}", logs, e.toString());
        }
    }

    /** Starts a standby after {@code delay}, unless one is waiting by then. */
    void replenishAfter(java.time.Duration delay) {
        Thread later = new Thread(() -> {
            try {
                Thread.sleep(delay.toMillis());
                replenish();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "render-standby");
        later.setDaemon(true);
        later.start();
    }

    /** Starts a standby unless one is waiting. */
    synchronized void replenish() {
        if (closed || (waiting != null && waiting.process().isAlive())) {
            return;
        }
        discard();
        try {
            Files.createDirectories(logs);
            String name = "standby-" + ProcessHandle.current().pid() + "-" + (++started);
            Path out = logs.resolve(name + ".out");
            Path err = logs.resolve(name + ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().keySet().removeAll(withheld);
            builder.environment().putAll(environment);
            Process process = builder.start();
            Path pid = logs.resolve(name + ".pid");
            Files.writeString(pid, Long.toString(process.pid()), StandardCharsets.US_ASCII);
            waiting = new Standby(process, out, err, pid);
            LOG.debug("workflow: standby render task started (pid {})", process.pid());
        } catch (IOException e) {
            LOG.warn("workflow: could not start a standby render task ({}); renders start cold", e.toString());
        }
    }

    /**
     * The waiting standby, given {@code job} (the variables the task would have been started with) and writing
     * to the run's files from now on; empty when none waits or it cannot take the job (a cold start then).
     */
    synchronized Optional<Taken> take(Map<String, String> job, Path out, Path err, Path pid) {
        Standby standby = waiting;
        waiting = null;
        if (standby == null || !standby.process().isAlive()) {
            discard(standby);
            return Optional.empty();
        }
        try {
            Files.move(standby.out(), out, StandardCopyOption.REPLACE_EXISTING);
            Files.move(standby.err(), err, StandardCopyOption.REPLACE_EXISTING);
            Files.move(standby.pid(), pid, StandardCopyOption.REPLACE_EXISTING);
            try (OutputStream stdin = standby.process().getOutputStream()) {
                stdin.write((JSON.writeValueAsString(job) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return Optional.of(new Taken(standby.process()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a job's variables are strings", e);
        } catch (IOException e) {
            // it died between the check and the hand-over: the job starts a task of its own
            LOG.warn("workflow: the standby render task could not take the job ({})", e.toString());
            standby.process().destroyForcibly();
            deleteQuietly(pid);
            return Optional.empty();
        }
    }

    private void discard() {
        discard(waiting);
        waiting = null;
    }

    private void discard(Standby standby) {
        if (standby == null) {
            return;
        }
        standby.process().destroyForcibly();
        deleteQuietly(standby.out());
        deleteQuietly(standby.err());
        deleteQuietly(standby.pid());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("workflow: could not delete {}: {}", file, e.toString());
        }
    }

    /** Stops the waiting standby; none is started after this. */
    @Override
    public synchronized void close() {
        closed = true;
        discard();
    }
}
