package dev.videoagent.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.videoagent.core.config.EnvVar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ecs:runTask.sync} locally: the render program as a child process, the container overrides'
 * environment as its environment. A non-zero exit is {@code States.TaskFailed} (the cause names the
 * exit code and the program's one-line reason), a run over its timeout is stopped (SIGTERM, then
 * killed) and is {@code States.Timeout}. With {@code failFirstRuns} (local fault injection) the first
 * runs of every execution are told to fail. The task inherits this process's environment except the
 * {@code withheld} variables (credentials meant for other servers than the ones the runtime tells it about).
 * With a standby command, a task is kept started ahead of its job ({@link StandbyTasks}) and takes the next one.
 */
public final class ChildProcessEcsTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ChildProcessEcsTaskRunner.class);
    private static final Duration GRACE = Duration.ofSeconds(10);
    /** The first standby waits until the runtime has started (and is not made for a runtime that never renders). */
    private static final Duration FIRST_STANDBY_DELAY = Duration.ofSeconds(5);

    private final List<String> command;
    private final Map<String, String> baseEnvironment;
    private final java.util.Set<String> withheld;
    private final int failFirstRuns;
    private final Path logs;
    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final java.util.Set<Process> running = ConcurrentHashMap.newKeySet();
    private final Optional<StandbyTasks> standby;

    public ChildProcessEcsTaskRunner(List<String> command, Map<String, String> baseEnvironment, int failFirstRuns,
                                     Path logs) {
        this(command, Optional.empty(), baseEnvironment, java.util.Set.of(), failFirstRuns, logs);
    }

    public ChildProcessEcsTaskRunner(List<String> command, Map<String, String> baseEnvironment,
                                     java.util.Set<String> withheld, int failFirstRuns, Path logs) {
        this(command, Optional.empty(), baseEnvironment, withheld, failFirstRuns, logs);
    }

    /** @param standbyCommand the program in its standby mode: started ahead, it reads its job from stdin */
    public ChildProcessEcsTaskRunner(List<String> command, Optional<List<String>> standbyCommand,
                                     Map<String, String> baseEnvironment, java.util.Set<String> withheld,
                                     int failFirstRuns, Path logs) {
        this.command = List.copyOf(command);
        this.baseEnvironment = Map.copyOf(baseEnvironment);
        this.withheld = java.util.Set.copyOf(withheld);
        this.failFirstRuns = failFirstRuns;
        this.logs = logs;
        stopOrphans(logs);
        this.standby = standbyCommand.map(c -> new StandbyTasks(c, baseEnvironment, withheld, logs));
        standby.ifPresent(s -> s.replenishAfter(FIRST_STANDBY_DELAY));
    }

    /**
     * A task started by a runtime that was killed (SIGKILL: no shutdown hook ran) keeps rendering for nobody.
     * Each run leaves a pid file while it runs; a process left over with that pid and this runner's command
     * (never an unrelated process that reused the pid) is an orphan, stopped here.
     */
    private void stopOrphans(Path logs) {
        if (!Files.isDirectory(logs)) {
            return;
        }
        String marker = command.get(command.size() - 1);
        try (var files = Files.list(logs)) {
            for (Path pidFile : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                long pid = parseNumber(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
                Files.deleteIfExists(pidFile);
                ProcessHandle.of(pid).filter(p -> p.info().commandLine().orElse("").contains(marker))
                        .ifPresent(orphan -> {
                            LOG.warn("workflow: stopping orphaned render task pid {} ({})", orphan.pid(),
                                    pidFile.getFileName());
                            orphan.destroyForcibly();
                        });
            }
        } catch (IOException e) {
            LOG.warn("workflow: could not look for orphaned render tasks in {}: {}", logs, e.toString());
        }
    }

    /**
     * The runs of an execution made before a restart (their logs are here): a resumed execution's runs go on
     * numbering after them, so no log is overwritten and injected failures count every run.
     */
    private int runsBefore(String execution) {
        if (!Files.isDirectory(logs)) {
            return 0;
        }
        String prefix = execution + "-";
        try (var files = Files.list(logs)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.startsWith(prefix) && f.endsWith(".err"))
                    .mapToInt(f -> (int) parseNumber(f.substring(prefix.length(), f.length() - ".err".length())))
                    .max().orElse(0);
        } catch (IOException e) {
            LOG.warn("workflow: cannot list earlier runs of {} in {}: {}", execution, logs, e.toString());
            return 0;
        }
    }

    private static long parseNumber(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public JsonNode run(String resource, JsonNode parameters, TaskContext context) {
        Map<String, String> job = new HashMap<>();
        JsonNode container = parameters.path("Overrides").path("ContainerOverrides").path(0);
        for (JsonNode variable : container.path("Environment")) {
            job.put(variable.path("Name").asText(), variable.path("Value").asText());
        }
        int run = runs.computeIfAbsent(context.executionName(), k -> new AtomicInteger(runsBefore(k))).incrementAndGet();
        if (run <= failFirstRuns) {
            job.put(EnvVar.INJECTED_FAILURE, "run " + run + " of " + failFirstRuns);
        }
        String name = container.path("Name").asText("render");
        try {
            Files.createDirectories(logs);
            Path out = logs.resolve(context.executionName() + "-" + run + ".out");
            Path err = logs.resolve(context.executionName() + "-" + run + ".err");
            Path pidFile = logs.resolve(context.executionName() + "-" + run + ".pid");
            Optional<StandbyTasks.Taken> warm = standby.flatMap(s -> s.take(job, out, err, pidFile));
            Process process = warm.isPresent() ? warm.get().process() : startCold(job, out, err, pidFile);
            running.add(process);
            try {
                return await(process, context, name, run, err);
            } finally {
                running.remove(process);
                Files.deleteIfExists(pidFile);
                standby.ifPresent(StandbyTasks::replenish);
            }
        } catch (IOException e) {
            throw new StatesError(StatesError.TASK_FAILED, "cannot start the render task: " + e.getMessage());
        }
    }

    private Process startCold(Map<String, String> job, Path out, Path err, Path pidFile) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeAll(withheld);
        builder.environment().putAll(baseEnvironment);
        builder.environment().putAll(job);
        Process process = builder.start();
        Files.writeString(pidFile, Long.toString(process.pid()), StandardCharsets.US_ASCII);
        return process;
    }

    private JsonNode await(Process process, TaskContext context, String name, int run, Path err) throws IOException {
        try {
            LOG.info("workflow {}: {} run {} started (pid {})", context.executionName(), context.stateName(), run,
                    process.pid());
            boolean exited = context.timeout().isEmpty() ? waitFor(process)
                    : process.waitFor(context.timeout().get().toMillis(), TimeUnit.MILLISECONDS);
            if (!exited) {
                process.destroy();
                if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor();
                }
                throw new StatesError(StatesError.TIMEOUT, "task ran longer than " + context.timeout().get().toSeconds()
                        + " s and was stopped");
            }
            int code = process.exitValue();
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            result.put("LastStatus", "STOPPED");
            result.put("StoppedReason", "Essential container in task exited");
            ObjectNode c = result.putArray("Containers").addObject();
            c.put("Name", name);
            c.put("ExitCode", code);
            if (code != 0) {
                c.put("Reason", lastLine(err));
                throw new StatesError(StatesError.TASK_FAILED, result.toString());
            }
            return result;
        } catch (InterruptedException e) {
            // the executor is shutting down: the task goes with it, as ECS stops a task
            process.destroy();
            Thread.currentThread().interrupt();
            throw new StatesError(StatesError.TASK_FAILED, "stopped: the local executor is shutting down");
        }
    }

    /** Stops every task still running (SIGTERM; the task removes its temporary files). */
    public void stopAll() {
        standby.ifPresent(StandbyTasks::close);
        for (Process process : running) {
            process.destroy();
        }
    }

    private static boolean waitFor(Process process) throws InterruptedException {
        process.waitFor();
        return true;
    }

    /** The program's own reason: the last line it printed that starts with its name, else the last line. */
    private static String lastLine(Path err) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(err, StandardCharsets.UTF_8));
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith("render-task: ")) {
                return lines.get(i);
            }
        }
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
