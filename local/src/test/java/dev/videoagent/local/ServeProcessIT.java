package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code video-agent serve} as a real process: start-up, SIGTERM, and recovery after a SIGKILL. */
class ServeProcessIT {

    @TempDir
    Path data;

    private Process process;

    private ServedProcess serve() throws Exception {
        ServedProcess served = ServedProcess.start(data);
        process = served.process();
        return served;
    }

    private String log() throws IOException {
        Path log = data.resolve("serve.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private static List<ProcessHandle> redisChildren(Process process) {
        return process.descendants().filter(p -> p.info().command().orElse("").contains("redis-server")).toList();
    }

    private List<ProcessHandle> redisServersFor(Path dataDir) {
        return ServedProcess.redisServersFor(dataDir);
    }

    @AfterEach
    void cleanUp() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
        redisServersFor(data).forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void sigtermStopsEverythingAndLeavesNoChildProcess() throws Exception {
        ServedProcess served = serve();
        assertThat(new HttpCalls(served.port()).get("/api/health").statusCode()).isEqualTo(200);
        List<ProcessHandle> redis = redisChildren(served.process());
        assertThat(redis).hasSize(1);
        System.out.printf("serve: started in %d ms, resident memory %s%n", served.startMillis(),
                residentMemory(served.process().pid()));

        served.process().destroy(); // SIGTERM, as Ctrl-C or `docker stop` would send

        assertThat(served.process().waitFor(30, TimeUnit.SECONDS)).as("exited; log:\n%s", log()).isTrue();
        assertThat(redis.get(0).onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(redisServersFor(data)).isEmpty();
        assertThat(log()).contains("redis: redis-server stopped").contains("mongo: embedded server stopped");
    }

    @Test
    void aRedisServerOrphanedByAKilledJvmIsStoppedOnTheNextStart() throws Exception {
        ServedProcess first = serve();
        ProcessHandle orphan = redisChildren(first.process()).get(0);
        first.process().destroyForcibly(); // SIGKILL: no shutdown hooks run
        first.process().waitFor(10, TimeUnit.SECONDS);
        assertThat(orphan.isAlive()).as("redis-server outlives a SIGKILLed JVM").isTrue();

        ServedProcess second = serve();

        assertThat(orphan.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(new HttpCalls(second.port()).get("/api/health").statusCode()).isEqualTo(200);
        second.process().destroy();
        assertThat(second.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(redisServersFor(data)).isEmpty();
    }

    private static String residentMemory(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return "unknown";
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> l.substring(6).trim()).findFirst().orElse("unknown");
    }
}
