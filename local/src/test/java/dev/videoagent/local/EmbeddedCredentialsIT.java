package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.adapters.redis.RedisConnection;
import dev.videoagent.adapters.s3.S3Clients;
import dev.videoagent.local.embedded.LocalCredentials;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The embedded S3 server and redis-server take only the credentials of the runtime's current start, which
 * live in owner-only files and reach the render task as paths, never in an environment or a command line.
 */
class EmbeddedCredentialsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "videos/01jcredentialprobe0000000.webm";

    @TempDir
    Path data;

    private LocalRuntime runtime;

    private LocalRuntime start() {
        runtime = TestRuntimes.start(data);
        return runtime;
    }

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    private S3Client s3(AwsCredentialsProvider credentials) {
        return S3Clients.create(runtime.config(), Optional.of(credentials));
    }

    private static StaticCredentialsProvider keys(String id, String secret) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(id, secret));
    }

    @Test
    void theEmbeddedS3RefusesEveryoneWithoutThisStartsKeyWith403() throws Exception {
        LocalCredentials credentials = start().credentials().orElseThrow();
        String bucket = runtime.config().videoBucket();
        try (S3Client owner = s3(credentials.s3CredentialsProvider())) {
            owner.putObject(b -> b.bucket(bucket).key(KEY).contentType("video/webm"), RequestBody.fromString("mine"));
        }
        List<AwsCredentialsProvider> strangers = List.of(AnonymousCredentialsProvider.create(),
                keys("local", "local"), // the constant key of earlier versions
                keys(credentials.accessKeyId(), credentials.secretAccessKey() + "x"),
                keys("LOCAL" + "A".repeat(15), credentials.secretAccessKey()));
        for (AwsCredentialsProvider stranger : strangers) {
            try (S3Client client = s3(stranger)) {
                assertThatThrownBy(() -> client.getObjectAsBytes(b -> b.bucket(bucket).key(KEY)))
                        .as("get with %s", stranger).isInstanceOfSatisfying(S3Exception.class,
                                e -> assertThat(e.statusCode()).isEqualTo(403));
                // refused with a 403, or, when the server refuses before reading the body, a broken upload
                assertThatThrownBy(() -> client.putObject(b -> b.bucket(bucket).key(KEY),
                        RequestBody.fromString("theirs"))).as("put with %s", stranger)
                        .isInstanceOfAny(S3Exception.class, SdkClientException.class)
                        .matches(e -> !(e instanceof S3Exception s3) || s3.statusCode() == 403, "a 403 if an answer");
            }
        }
        try (S3Client owner = s3(credentials.s3CredentialsProvider())) {
            assertThat(owner.getObjectAsBytes(b -> b.bucket(bucket).key(KEY)).asUtf8String()).isEqualTo("mine");
        }
        // a plain HTTP request, as any local program could send it
        URI object = URI.create(runtime.config().awsEndpointUrl().orElseThrow() + "/" + bucket + "/" + KEY);
        HttpClient http = HttpClient.newHttpClient();
        assertThat(http.send(HttpRequest.newBuilder(object).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(403);
        assertThat(http.send(HttpRequest.newBuilder(object).PUT(HttpRequest.BodyPublishers.ofString("theirs")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);

        try (S3Client owner = s3(credentials.s3CredentialsProvider())) {
            assertThat(owner.getObjectAsBytes(b -> b.bucket(bucket).key(KEY)).asUtf8String()).isEqualTo("mine");
        }
    }

    @Test
    void theEmbeddedRedisRefusesClientsWithoutThisStartsPassword() throws Exception {
        LocalCredentials credentials = start().credentials().orElseThrow();
        int port = runtime.embeddedRedis().orElseThrow().port();

        try (Socket socket = new Socket(LocalOptions.LOOPBACK, port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            out.write("GET videoagent:probe\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("-NOAUTH");
            out.write("KEYS *\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("-NOAUTH");
            out.write("AUTH local\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("-WRONGPASS");
        }
        try (RedisConnection stranger = new RedisConnection(runtime.config().redisUrl(), runtime.config().dependencyTimeout())) {
            assertThatThrownBy(() -> stranger.commands().set("videoagent:probe", "theirs")).hasStackTraceContaining("NOAUTH");
        }
        try (RedisConnection owner = new RedisConnection(runtime.config().redisUrl(), runtime.config().dependencyTimeout(),
                Optional.of(credentials.redisPassword()))) {
            assertThat(owner.commands().ping()).isEqualTo("PONG");
            assertThat(owner.commands().get("videoagent:probe")).isNull();
        }
    }

    @Test
    void theCredentialFilesAreOwnerOnlyAndNewAtEveryStart() throws Exception {
        // what an earlier version or a careless copy left: a readable directory and file
        Path directory = data.resolve("credentials");
        Files.createDirectories(directory);
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(directory.resolve("aws-credentials"), "stale");
        Files.setPosixFilePermissions(directory.resolve("aws-credentials"), PosixFilePermissions.fromString("rw-r--r--"));

        LocalCredentials first = start().credentials().orElseThrow();

        assertThat(first.directory()).isEqualTo(directory);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("aws-credentials", "aws-config", "redis.conf", "redis-password");
        }
        for (Path file : List.of(first.awsCredentialsFile(), first.awsConfigFile(), first.redisConfigFile(),
                first.redisPasswordFile())) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                    .isEqualTo("rw-------");
        }
        assertThat(Files.readString(first.awsCredentialsFile())).isEqualTo("[default]\naws_access_key_id = "
                + first.accessKeyId() + "\naws_secret_access_key = " + first.secretAccessKey() + "\n");
        assertThat(Files.readString(first.redisConfigFile())).contains("requirepass " + first.redisPassword() + "\n");
        assertThat(Files.readString(first.redisPasswordFile())).isEqualTo(first.redisPassword());
        assertThat(first.toString()).doesNotContain(first.accessKeyId(), first.secretAccessKey(), first.redisPassword());
        assertThat(runtime.clientCredentials().toString()).doesNotContain(first.redisPassword());
        runtime.close();

        LocalCredentials second = start().credentials().orElseThrow();

        assertThat(second.accessKeyId()).isNotEqualTo(first.accessKeyId());
        assertThat(second.secretAccessKey()).isNotEqualTo(first.secretAccessKey());
        assertThat(second.redisPassword()).isNotEqualTo(first.redisPassword());
        assertThat(Files.readString(second.redisPasswordFile())).isEqualTo(second.redisPassword());
        try (S3Client old = s3(first.s3CredentialsProvider())) {
            assertThatThrownBy(() -> old.headBucket(b -> b.bucket(runtime.config().videoBucket())))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
        }
        try (RedisConnection old = new RedisConnection(runtime.config().redisUrl(), runtime.config().dependencyTimeout(),
                Optional.of(first.redisPassword()))) {
            assertThatThrownBy(() -> old.commands().ping()).hasStackTraceContaining("WRONGPASS");
        }
    }

    @Test
    void theRenderTaskGetsFilesNotSecretsAndSignsItsUploadsWithThem() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "reads /proc/<pid>/environ");
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(
                org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        try {
            LocalCredentials credentials = start().credentials().orElseThrow();
            List<String> secrets = List.of(credentials.accessKeyId(), credentials.secretAccessKey(),
                    credentials.redisPassword());
            HttpCalls http = new HttpCalls(runtime.port());
            String body = JSON.writeValueAsString(Map.of("prompt", "gently falling snow over a Santa village at night",
                    "durationSeconds", 5, "width", 640, "height", 360));
            // the task may start (and end) before the answer: look for it meanwhile
            CompletableFuture<HttpResponse<String>> post = CompletableFuture.supplyAsync(
                    () -> http.post("/api/renders", "application/json", body));

            Map<String, String> environ = renderChildEnvironment(secrets);
            HttpResponse<String> started = post.get(60, TimeUnit.SECONDS);
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            String jobId = JSON.readTree(started.body()).get("jobId").asText();

            assertThat(environ).containsEntry("AWS_SHARED_CREDENTIALS_FILE", credentials.awsCredentialsFile().toString())
                    .containsEntry("AWS_CONFIG_FILE", credentials.awsConfigFile().toString())
                    .containsEntry("REDIS_PASSWORD_FILE", credentials.redisPasswordFile().toString())
                    .doesNotContainKeys("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "REDIS_PASSWORD");
            JsonNode done = awaitEnd(http, jobId);
            assertThat(done.get("status").asText()).as("uploaded with the key from the file: %s", done)
                    .isEqualTo("SUCCEEDED");
            assertThat(done.get("attempt").asInt()).isEqualTo(1);

            long redisPid = runtime.embeddedRedis().orElseThrow().processHandle().pid();
            // (redis-server rewrites its process title; the password was never among its arguments anyway)
            assertNoSecret(proc(redisPid, "cmdline") + proc(redisPid, "environ"), secrets);
            try (Stream<Path> logs = Files.list(data.resolve("render-logs"))) {
                for (Path log : logs.toList()) {
                    assertNoSecret(Files.readString(log), secrets);
                }
            }
            assertNoSecret(Files.readString(data.resolve("redis").resolve("redis.log")), secrets);
            assertThat(logged.list).isNotEmpty();
            assertNoSecret(logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList().toString(), secrets);
        } finally {
            root.detachAppender(logged);
        }
    }

    /**
     * Waits for the render child (the runner leaves a pid file while it runs), then reads its environment and
     * checks its command line on the way.
     */
    private Map<String, String> renderChildEnvironment(List<String> secrets) throws Exception {
        Path logs = data.resolve("render-logs");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<Path> pidFiles = List.of();
            if (Files.isDirectory(logs)) {
                try (Stream<Path> files = Files.list(logs)) {
                    pidFiles = files.filter(f -> f.toString().endsWith(".pid")).toList();
                }
            }
            for (Path pidFile : pidFiles) {
                try {
                    long pid = Long.parseLong(Files.readString(pidFile).trim());
                    String environ = proc(pid, "environ");
                    assertNoSecret(environ + proc(pid, "cmdline"), secrets);
                    Map<String, String> variables = new java.util.HashMap<>();
                    for (String entry : environ.split("\u0000")) {
                        int equals = entry.indexOf('=');
                        if (equals > 0) {
                            variables.put(entry.substring(0, equals), entry.substring(equals + 1));
                        }
                    }
                    if (variables.containsKey("JOB_ID")) { // not the moment between fork and exec
                        return variables;
                    }
                } catch (java.io.IOException | NumberFormatException exited) {
                    // the run ended (or its pid file was half written) between the listing and the read
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no render task child seen within 60 s");
    }

    private static String proc(long pid, String file) throws java.io.IOException {
        return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), file)), StandardCharsets.UTF_8);
    }

    private static void assertNoSecret(String text, List<String> secrets) {
        for (String secret : secrets) {
            assertThat(text).doesNotContain(secret);
        }
    }

    private static JsonNode awaitEnd(HttpCalls http, String jobId) throws Exception {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode view = JSON.readTree(http.get("/api/renders/" + jobId).body());
            String status = view.get("status").asText();
            if (List.of("SUCCEEDED", "FALLBACK", "FAILED").contains(status) && (view.has("videoUrl")
                    || status.equals("FAILED"))) {
                return view;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + jobId + " did not end within 180 s");
    }
}
