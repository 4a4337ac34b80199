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

/** {@code video-agent serve} started as a real child process over a data directory, as a person runs it. */
record ServedProcess(Process process, int port, long startMillis, Path data) {

    private static final Pattern READY = Pattern.compile("ready at http://localhost:(\\d+)/ \\(started in (\\d+) ms");
    private static final Path JAR = Path.of(System.getProperty("videoagent.localJar", "target/video-agent-local.jar"));
    private static final Path WEB_ROOT = TestRuntimes.WEB_ROOT;

    /** Starts the server and waits for its ready line; its stderr goes to {@code serve.log} in the data dir. */
    static ServedProcess start(Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar",
                JAR.toString(), "serve", "--port", "0", "--data", data.toString(), "--web-root", WEB_ROOT.toString()))
                .redirectError(ProcessBuilder.Redirect.appendTo(data.resolve("serve.log").toFile()));
        builder.environment().put("VIDEO_AGENT_HOME", System.getProperty("videoagent.home", ".."));
        Files.createDirectories(data);
        Process process = builder.start();
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
        }).get(90, TimeUnit.SECONDS);
        ServedProcess served = new ServedProcess(process, 0, 0, data);
        assertThat(line).as("ready line; log:\n%s", served.log()).isNotNull();
        Matcher matcher = READY.matcher(line);
        assertThat(matcher.find()).isTrue();
        return new ServedProcess(process, Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2)), data);
    }

    String log() throws IOException {
        Path log = data.resolve("serve.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    HttpCalls http() {
        return new HttpCalls(port);
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    /** After a test: the server killed if it still runs, and any redis-server left for its data directory. */
    static void cleanUp(ServedProcess served, Path data) throws InterruptedException {
        if (served != null && served.process().isAlive()) {
            served.kill();
        }
        redisServersFor(data).forEach(ProcessHandle::destroyForcibly);
    }

    /** The redis-server processes started for this data directory, whoever their parent is now. */
    static List<ProcessHandle> redisServersFor(Path dataDir) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().orElse("").contains("redis-server"))
                .filter(p -> p.info().commandLine().orElse("").contains(dataDir.toString())
                        || p.info().command().orElse("").contains(dataDir.toString()))
                .toList();
    }
}
