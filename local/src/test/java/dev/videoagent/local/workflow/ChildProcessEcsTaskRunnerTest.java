package dev.videoagent.local.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ECS stand-in with a shell script as the task: exit codes, timeouts, environment, fault injection. */
class ChildProcessEcsTaskRunnerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path logs;

    private static JsonNode parameters(String script) throws Exception {
        return JSON.readTree("{\"Overrides\":{\"ContainerOverrides\":[{\"Name\":\"render\",\"Environment\":["
                + "{\"Name\":\"SCRIPT\",\"Value\":" + JSON.writeValueAsString(script) + "},"
                + "{\"Name\":\"JOB_ID\",\"Value\":\"job-9\"}]}]}}");
    }

    private ChildProcessEcsTaskRunner runner(int failFirst) {
        return new ChildProcessEcsTaskRunner(List.of("sh", "-c", "eval \"$SCRIPT\""), Map.of("BASE", "from-runtime"),
                failFirst, logs);
    }

    private static TaskRunner.TaskContext context(String execution, Duration timeout) {
        return new TaskRunner.TaskContext(execution, "RenderVideo", 0, Optional.ofNullable(timeout));
    }

    @Test
    void aZeroExitIsTheTaskDescriptionAndTheEnvironmentReachesTheProgram() throws Exception {
        JsonNode result = runner(0).run("ecs", parameters("echo \"$JOB_ID $BASE\""), context("e1", Duration.ofSeconds(10)));

        assertThat(result.get("Containers").get(0).get("ExitCode").asInt()).isZero();
        assertThat(Files.readString(logs.resolve("e1-1.out")).trim()).isEqualTo("job-9 from-runtime");
    }

    @Test
    void aNonZeroExitIsTaskFailedWithTheProgramsReason() throws Exception {
        assertThatThrownBy(() -> runner(0).run("ecs", parameters("echo noise >&2; echo 'render-task: s3 is unavailable' >&2;"
                + " echo more >&2; exit 3"), context("e2", null)))
                .isInstanceOfSatisfying(StatesError.class, e -> {
                    assertThat(e.error()).isEqualTo(StatesError.TASK_FAILED);
                    assertThat(e.cause()).contains("\"ExitCode\":3").contains("render-task: s3 is unavailable");
                });
    }

    @Test
    void aTaskOverItsTimeoutIsStoppedAndTimesOut() throws Exception {
        long start = System.nanoTime();
        assertThatThrownBy(() -> runner(0).run("ecs", parameters("sleep 30"), context("e3", Duration.ofMillis(300))))
                .isInstanceOfSatisfying(StatesError.class, e -> assertThat(e.error()).isEqualTo(StatesError.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void theFirstRunsOfEveryExecutionAreToldToFailWhenFaultsAreInjected() throws Exception {
        ChildProcessEcsTaskRunner runner = runner(2);
        JsonNode script = parameters("test -z \"$VIDEO_AGENT_INJECTED_FAILURE\"");

        assertThatThrownBy(() -> runner.run("ecs", script, context("a", null))).isInstanceOf(StatesError.class);
        assertThatThrownBy(() -> runner.run("ecs", script, context("a", null))).isInstanceOf(StatesError.class);
        assertThat(runner.run("ecs", script, context("a", null)).get("Containers").get(0).get("ExitCode").asInt()).isZero();
        assertThatThrownBy(() -> runner.run("ecs", script, context("b", null))).isInstanceOf(StatesError.class);
    }

    @Test
    void withheldVariablesOfThisProcessAreNotInheritedAndTheOthersAre() throws Exception {
        assertThat(System.getenv("HOME")).isNotNull();
        assertThat(System.getenv("PATH")).isNotNull();
        ChildProcessEcsTaskRunner runner = new ChildProcessEcsTaskRunner(List.of("sh", "-c", "eval \"$SCRIPT\""),
                Map.of("BASE", "from-runtime"), java.util.Set.of("HOME"), 0, logs);

        runner.run("ecs", parameters("echo \"${HOME-withheld} ${PATH:+inherited} $BASE\""), context("w1", null));

        assertThat(Files.readString(logs.resolve("w1-1.out")).trim()).isEqualTo("withheld inherited from-runtime");
    }

    /** A standby that says it is one, then runs the job it reads: the job's script, with the job's variables. */
    private ChildProcessEcsTaskRunner runnerWithStandby() {
        return new ChildProcessEcsTaskRunner(List.of("sh", "-c", "eval \"$SCRIPT\""),
                Optional.of(List.of("sh", "-c", "echo \"standby $$ $BASE\"; read -r job;"
                        + " script=$(printf '%s' \"$job\" | sed 's/.*\"SCRIPT\":\"\\([^\"]*\\)\".*/\\1/'); eval \"$script\"")),
                Map.of("BASE", "from-runtime"), java.util.Set.of(), 0, logs);
    }

    @Test
    void afterARunAStandbyIsStartedAndTheNextJobIsItsWithTheLogsOfThatRun() throws Exception {
        ChildProcessEcsTaskRunner runner = runnerWithStandby();
        try {
            // the first job comes before any standby: it starts cold, with its variables in its environment
            runner.run("ecs", parameters("echo cold $JOB_ID"), context("s1", null));
            assertThat(Files.readString(logs.resolve("s1-1.out")).trim()).isEqualTo("cold job-9");

            runner.run("ecs", parameters("echo warm"), context("s2", null));

            List<String> lines = Files.readAllLines(logs.resolve("s2-1.out"));
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).startsWith("standby ").endsWith(" from-runtime");
            assertThat(lines.get(1)).isEqualTo("warm");
            assertThat(logs.resolve("s2-1.pid")).doesNotExist();
        } finally {
            runner.stopAll();
        }
        try (var files = Files.list(logs)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.startsWith("standby-"));
        }
    }

    @Test
    void aStandbysFailureIsTheTasksAndAStandbyThatDiedBeforeItsJobLeavesTheJobToAColdStart() throws Exception {
        ChildProcessEcsTaskRunner runner = runnerWithStandby();
        try {
            runner.run("ecs", parameters("true"), context("f1", null));
            assertThatThrownBy(() -> runner.run("ecs", parameters("echo 'render-task: no paint' >&2; exit 3"),
                    context("f2", null)))
                    .isInstanceOfSatisfying(StatesError.class, e -> assertThat(e.cause()).contains("\"ExitCode\":3")
                            .contains("render-task: no paint"));
            assertThat(Files.readString(logs.resolve("f2-1.out"))).startsWith("standby ");

            // the standby started after f2 is killed while it waits: the next job still runs, cold
            long pid = awaitStandbyPid();
            ProcessHandle standby = ProcessHandle.of(pid).orElseThrow();
            standby.destroyForcibly();
            standby.onExit().get();
            runner.run("ecs", parameters("echo cold again"), context("f3", null));
            assertThat(Files.readString(logs.resolve("f3-1.out")).trim()).isEqualTo("cold again");
        } finally {
            runner.stopAll();
        }
    }

    private long awaitStandbyPid() throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(logs)) {
                Optional<Path> pid = files.filter(f -> f.getFileName().toString().matches("standby-.*\\.pid")).findFirst();
                if (pid.isPresent() && !Files.readString(pid.get()).isBlank()) {
                    return Long.parseLong(Files.readString(pid.get()).trim());
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no standby started");
    }
}
