package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.adapters.redis.RedisConnection;
import dev.videoagent.adapters.s3.S3Clients;
import dev.videoagent.core.config.AppConfig;
import dev.videoagent.local.embedded.LocalCredentials;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * The render task as the workflow runs it: a separate process configured only by its environment,
 * uploading to the embedded S3 server and reporting progress to the embedded redis-server.
 */
class RenderTaskIT {

    private static final Path JAR = Path.of(System.getProperty("videoagent.localJar", "target/video-agent-local.jar"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    @TempDir
    Path tmp;

    private static LocalRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = LocalRuntime.start(new LocalOptions(LocalOptions.LOOPBACK, 0, data, data.resolve("web")), Map.of());
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private Map<String, String> env(String jobId, String... overrides) {
        AppConfig config = runtime.config();
        Map<String, String> env = new HashMap<>();
        env.put("JOB_ID", jobId);
        env.put("PROMPT", "gently falling snow over a Santa village at night");
        env.put("CONCEPT", "눈 내리는 산타마을");
        env.put("DURATION_SECONDS", "5");
        env.put("WIDTH", "640");
        env.put("HEIGHT", "360");
        env.put("OUTPUT_BUCKET", config.videoBucket());
        env.put("OUTPUT_KEY", "videos/" + jobId + ".webm");
        env.put("ATTEMPT", "1");
        env.put("AWS_REGION", config.region());
        env.put("AWS_ENDPOINT_URL", config.awsEndpointUrl().orElseThrow().toString());
        // as the workflow gives them: the files holding this start's credentials, not the credentials
        LocalCredentials credentials = runtime.credentials().orElseThrow();
        env.put("AWS_SHARED_CREDENTIALS_FILE", credentials.awsCredentialsFile().toString());
        env.put("AWS_CONFIG_FILE", credentials.awsConfigFile().toString());
        env.put("REDIS_URL", config.redisUrl().toString());
        env.put("REDIS_PASSWORD_FILE", credentials.redisPasswordFile().toString());
        for (int i = 0; i < overrides.length; i += 2) {
            env.put(overrides[i], overrides[i + 1]);
        }
        return env;
    }

    private Process start(Map<String, String> env, String... arguments) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Djava.io.tmpdir=" + tmp, "-cp", JAR.toString(),
                "dev.videoagent.render.RenderTaskMain"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv("PATH"));
        builder.environment().put("HOME", System.getProperty("user.home"));
        builder.environment().putAll(env);
        builder.redirectError(tmp.resolve("stderr.txt").toFile());
        builder.redirectOutput(tmp.resolve("stdout.txt").toFile());
        return builder.start();
    }

    private record Exit(int code, String out, String err) {
    }

    private Exit run(Map<String, String> env) throws Exception {
        Process process = start(env);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Exit(process.exitValue(), Files.readString(tmp.resolve("stdout.txt"), StandardCharsets.UTF_8).trim(),
                Files.readString(tmp.resolve("stderr.txt"), StandardCharsets.UTF_8).trim());
    }

    private static Map<String, String> status(String jobId) {
        try (RedisConnection redis = new RedisConnection(runtime.config().redisUrl(), runtime.config().dependencyTimeout(),
                runtime.clientCredentials().redisPassword())) {
            return redis.commands().hgetAll("videoagent:render:" + jobId);
        }
    }

    private long renderDirectories() throws Exception {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("render-")).count();
        }
    }

    @Test
    void rendersUploadsWithContentTypesReportsDoneAndLeavesNoTempFiles() throws Exception {
        Exit exit = run(env("job-ok"));

        assertThat(exit.code()).as(exit.err()).isZero();
        JsonNode summary = JSON.readTree(exit.out());
        assertThat(summary.get("frames").asInt()).isEqualTo(120);
        assertThat(summary.get("video").asText()).isEqualTo("videos/job-ok.webm");
        try (S3Client s3 = S3Clients.create(runtime.config(), runtime.clientCredentials().aws())) {
            String bucket = runtime.config().videoBucket();
            HeadObjectResponse video = s3.headObject(b -> b.bucket(bucket).key("videos/job-ok.webm"));
            HeadObjectResponse poster = s3.headObject(b -> b.bucket(bucket).key("videos/job-ok.jpg"));
            assertThat(video.contentType()).isEqualTo("video/webm");
            assertThat(poster.contentType()).isEqualTo("image/jpeg");
            assertThat(video.contentLength()).isEqualTo(summary.get("bytes").asLong());
        }
        assertThat(status("job-ok")).containsEntry("state", "DONE").containsEntry("progress", "1.0")
                .containsEntry("attempt", "1").containsEntry("videoKey", "videos/job-ok.webm");
        assertThat(renderDirectories()).isZero();
    }

    @Test
    void theFallbackModeRendersWhateverThePromptIs() throws Exception {
        Exit exit = run(env("job-fallback", "MODE", "fallback", "PROMPT", "🎄🎅✨", "ATTEMPT", "5"));

        assertThat(exit.code()).as(exit.err()).isZero();
        assertThat(status("job-fallback")).containsEntry("state", "DONE").containsEntry("mode", "FALLBACK")
                .containsEntry("attempt", "5");
    }

    @Test
    void anUploadThatFailsExitsNonZeroWithOneLineAndRecordsTheFailure() throws Exception {
        Exit exit = run(env("job-nobucket", "OUTPUT_BUCKET", "no-such-bucket"));

        assertThat(exit.code()).isEqualTo(1);
        String reason = exit.err().lines().filter(l -> l.startsWith("render-task: ")).findFirst().orElseThrow();
        assertThat(reason).contains("s3 is unavailable");
        assertThat(status("job-nobucket")).containsEntry("state", "FAILED");
        assertThat(status("job-nobucket").get("error")).isNotBlank();
        assertThat(renderDirectories()).isZero();
    }

    @Test
    void aBadConfigurationExitsTwoNamingTheVariable() throws Exception {
        Exit exit = run(env("job-bad", "WIDTH", "641"));

        assertThat(exit.code()).isEqualTo(2);
        assertThat(exit.err()).startsWith("render-task: ").contains("WIDTH");
    }

    @Test
    void sigtermRemovesTheTemporaryFiles() throws Exception {
        Process process = start(env("job-term", "DURATION_SECONDS", "15", "WIDTH", "1920", "HEIGHT", "1080", "FPS", "60"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // wait until frames are being encoded, so the work directory holds a partial video
        while (Double.parseDouble(status("job-term").getOrDefault("progress", "0")) < 0.05
                && System.nanoTime() < deadline && process.isAlive()) {
            Thread.sleep(50);
        }
        assertThat(status("job-term")).containsEntry("state", "RENDERING");
        assertThat(renderDirectories()).isEqualTo(1);

        process.destroy(); // SIGTERM
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isNotZero();
        assertThat(renderDirectories()).isZero();
        assertThat(new File(tmp.toFile(), "stderr.txt")).exists();
    }

    /** The task in its standby mode: started with the runtime's variables only, its job on stdin. */
    private Process startStandby(Map<String, String> baseEnv) throws Exception {
        return start(baseEnv, "--standby");
    }

    private static final java.util.Set<String> JOB_VARIABLES = java.util.Set.of("JOB_ID", "PROMPT", "CONCEPT",
            "DURATION_SECONDS", "WIDTH", "HEIGHT", "FPS", "OUTPUT_BUCKET", "OUTPUT_KEY", "ATTEMPT", "MODE");

    /** The runtime's variables of {@code all}: what a standby starts with. */
    private static Map<String, String> runtimePart(Map<String, String> all) {
        Map<String, String> base = new HashMap<>(all);
        base.keySet().removeAll(JOB_VARIABLES);
        return base;
    }

    /** The job's variables of {@code all}, on the standby's stdin as the runtime sends them. */
    private static void sendJob(Process standby, Map<String, String> all) throws java.io.IOException {
        Map<String, String> job = new HashMap<>(all);
        job.keySet().retainAll(JOB_VARIABLES);
        try (var stdin = standby.getOutputStream()) {
            stdin.write((JSON.writeValueAsString(job) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aStandbyTaskWarmsUpThenRendersTheJobItReadsFromStdinAsATaskStartedWithItWould() throws Exception {
        Map<String, String> all = env("job-standby");
        Process process = startStandby(runtimePart(all));
        // warm before its job comes, with nothing uploaded or reported for it
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(tmp.resolve("stderr.txt")).contains("standby: warm in") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(Files.readString(tmp.resolve("stderr.txt"))).containsPattern("standby: warm in \\d+ ms \\((\\d+) of \\1 "
                + "scene frames\\)"); // with time before its job, every scene is drawn
        assertThat(process.isAlive()).isTrue();
        assertThat(status("job-standby")).isEmpty();

        sendJob(process, all);

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(tmp.resolve("stderr.txt"))).isZero();
        JsonNode summary = JSON.readTree(Files.readString(tmp.resolve("stdout.txt")).trim());
        assertThat(summary.get("jobId").asText()).isEqualTo("job-standby");
        assertThat(summary.get("frames").asInt()).isEqualTo(120);
        assertThat(status("job-standby")).containsEntry("state", "DONE").containsEntry("videoKey", "videos/job-standby.webm");
        assertThat(renderDirectories()).isZero();
    }

    @Test
    void aJobThatComesWhileTheStandbyWarmsUpCutsTheWarmUpShortAndIsRendered() throws Exception {
        Map<String, String> all = env("job-early");
        Process process = startStandby(runtimePart(all));
        sendJob(process, all);

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(tmp.resolve("stderr.txt"));
        assertThat(process.exitValue()).as(log).isZero();
        java.util.regex.Matcher warm = java.util.regex.Pattern.compile("standby: warm in \\d+ ms \\((\\d+) of (\\d+) scene frames\\)")
                .matcher(log);
        assertThat(warm.find()).as(log).isTrue();
        assertThat(Integer.parseInt(warm.group(1))).as("scene frames drawn before the job was taken")
                .isLessThan(Integer.parseInt(warm.group(2)));
        assertThat(status("job-early")).containsEntry("state", "DONE").containsEntry("videoKey", "videos/job-early.webm");
        assertThat(renderDirectories()).isZero();
    }

    @Test
    void aStandbyWhoseStdinClosesWithoutAJobExitsQuietlyAndOneWithABadJobExitsTwo() throws Exception {
        Map<String, String> base = runtimePart(env("job-none"));

        Process idle = startStandby(base);
        idle.getOutputStream().close();
        assertThat(idle.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(idle.exitValue()).isZero();
        assertThat(Files.readString(tmp.resolve("stdout.txt"))).isEmpty();
        assertThat(renderDirectories()).isZero();

        Process bad = startStandby(base);
        try (var stdin = bad.getOutputStream()) {
            stdin.write("{\"JOB_ID\": [1, 2]}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(bad.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(bad.exitValue()).isEqualTo(2);
        assertThat(Files.readString(tmp.resolve("stderr.txt"))).contains("render-task: the job on stdin is not a JSON object");
    }
}
