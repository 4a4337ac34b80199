package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code video-agent serve} as a real process: start-up, SIGTERM, and recovery after a SIGKILL. */
class ServeProcessIT {

    private static final Pattern READY = Pattern.compile("ready at http://localhost:(\\d+)/ \\(started in (\\d+) ms");
    private static final Path JAR = Path.of(System.getProperty("videoagent.localJar", "target/video-agent-local.jar"));
    private static final Path WEB_ROOT = Path.of(System.getProperty("videoagent.webRoot", "../web-static"));

    @TempDir
    Path data;

    private Process process;

    record Served(Process process, int port, long startMillis) {
    }

    private Served serve() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar",
                JAR.toString(), "serve", "--port", "0", "--data", data.toString(), "--web-root", WEB_ROOT.toString()))
                .redirectError(ProcessBuilder.Redirect.appendTo(data.resolve("serve.log").toFile()));
        builder.environment().put("VIDEO_AGENT_HOME", System.getProperty("videoagent.home", ".."));
        process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                for (String l = out.readLine(); l != null; l = out.readLine()) {
                    if (READY.matcher(l).find()) {
                        return l;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        }).get(60, TimeUnit.SECONDS);
        assertThat(line).as("ready line; log:\n%s", log()).isNotNull();
        Matcher matcher = READY.matcher(line);
        assertThat(matcher.find()).isTrue();
        return new Served(process, Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    private String log() throws IOException {
        Path log = data.resolve("serve.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private static List<ProcessHandle> redisChildren(Process process) {
        return process.descendants().filter(p -> p.info().command().orElse("").contains("redis-server")).toList();
    }

    private List<ProcessHandle> redisServersFor(Path dataDir) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().orElse("").contains("redis-server"))
                .filter(p -> p.info().commandLine().orElse("").contains(dataDir.toString())
                        || p.info().command().orElse("").contains(dataDir.toString()))
                .toList();
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
        Served served = serve();
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
        Served first = serve();
        ProcessHandle orphan = redisChildren(first.process()).get(0);
        first.process().destroyForcibly(); // SIGKILL: no shutdown hooks run
        first.process().waitFor(10, TimeUnit.SECONDS);
        assertThat(orphan.isAlive()).as("redis-server outlives a SIGKILLed JVM").isTrue();

        Served second = serve();

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
