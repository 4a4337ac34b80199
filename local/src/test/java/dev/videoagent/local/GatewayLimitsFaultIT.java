package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.adapters.s3.S3Clients;
import dev.videoagent.local.gateway.GatewayLimits;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The gateway under abuse, over raw sockets: hundreds of connections that never finish their headers (a
 * slowloris), requests Jetty cannot parse, a URI and headers of a megabyte, stored media that is not media.
 * Real requests keep being answered, and every refusal is a JSON error with a request id.
 */
class GatewayLimitsFaultIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Short enough to wait for: the header and idle timeouts (far enough apart to tell), and a small cap. */
    private static final GatewayLimits SHORT = new GatewayLimits(Duration.ofMillis(500), Duration.ofMillis(3000), 8);

    @TempDir
    static Path data;

    /** With the default limits (10 s, 30 s, 64 per client), as {@code serve} runs. */
    private static LocalRuntime runtime;
    private static LocalRuntime shortLimits;

    @BeforeAll
    static void start() {
        runtime = LocalRuntime.start(TestRuntimes.options(data.resolve("default")),
                Map.of());
        shortLimits = LocalRuntime.start(TestRuntimes.options(data.resolve("short"))
                .withGatewayLimits(SHORT), Map.of());
    }

    @AfterAll
    static void stop() {
        if (shortLimits != null) {
            shortLimits.close();
        }
        if (runtime != null) {
            runtime.close();
        }
    }

    private static void assertJsonError(RawHttp.Answer answer, int status, String code) throws Exception {
        assertThat(answer.status()).as(answer.statusLine() + " " + answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.body()).doesNotContain("<").doesNotContain("Exception").doesNotContain("java.")
                .doesNotContain("jetty");
        JsonNode error = JSON.readTree(answer.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(answer.header("X-Request-Id")).isEqualTo(error.get("requestId").asText());
    }

    @Test
    void twoHundredFiftySixHalfOpenConnectionsDoNotStopARealRequestFromTheSameClient() throws Exception {
        int port = runtime.port();
        RawHttp.get(port, "/api/health"); // warm: the first answer loads classes
        List<Socket> halfOpen = new ArrayList<>();
        try {
            for (int i = 0; i < 256; i++) {
                halfOpen.add(RawHttp.halfOpen(port, "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "));
            }

            long started = System.nanoTime();
            RawHttp.Answer health = RawHttp.get(port, "/api/health");
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(health.status()).as(health.body()).isEqualTo(200);
            assertThat(millis).as("health under 256 half-open connections, ms").isLessThan(1000);
            assertThat(RawHttp.closedByServer(halfOpen.get(255), Duration.ofMillis(100))).as("the newest waits on")
                    .isFalse();
            int closed = 0;
            for (Socket socket : halfOpen) {
                closed += RawHttp.closedByServer(socket, Duration.ofMillis(20)) ? 1 : 0;
            }
            // 64 per client: the oldest waiting ones made room, one more for the health request itself
            assertThat(closed).isGreaterThanOrEqualTo(256 - 64 + 1);
            HttpResponse<String> viaClient = new HttpCalls(port).get("/api/health");
            assertThat(viaClient.statusCode()).isEqualTo(200);
            System.out.printf("256 half-open connections: /api/health 200 in %d ms; %d closed to make room%n", millis,
                    closed);
        } finally {
            for (Socket socket : halfOpen) {
                socket.close();
            }
        }
    }

    @Test
    void aConnectionThatDoesNotFinishItsHeadersIsClosedAfterTheHeaderTimeout() throws Exception {
        int port = shortLimits.port();
        assertThat(RawHttp.get(port, "/config.js").status()).isEqualTo(200); // warm: the first answer loads classes
        try (Socket socket = RawHttp.halfOpen(port, "GET /config.js HTTP/1.1\r\nHost: 127.0.0.1\r\n")) {
            long started = System.nanoTime();
            assertThat(RawHttp.closedByServer(socket, Duration.ofSeconds(5))).isTrue();
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(millis).as("closed after the 500 ms header timeout").isBetween(400L, 1500L);
            System.out.printf("half-open connection closed by the server after %d ms (header timeout 500 ms)%n", millis);
        }
        // kept alive after one answer, it starts another request and stalls: closed within two header timeouts,
        // well before the idle timeout (3 s) would
        try (Socket socket = RawHttp.halfOpen(port, "GET /config.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")) {
            assertThat(RawHttp.readResponse(socket).status()).isEqualTo(200);
            socket.getOutputStream().write("GET /config.js HTTP/1.1\r\nHost: 12".getBytes(StandardCharsets.US_ASCII));
            long started = System.nanoTime();
            assertThat(RawHttp.closedByServer(socket, Duration.ofSeconds(5))).isTrue();
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(millis).as("closed one to two header timeouts after the answer").isBetween(400L, 2500L);
            System.out.printf("kept-alive connection stalling in its second request closed after %d ms%n", millis);
        }
    }

    /** Whatever the server sends back to a whole request before it closes; nothing if it refused the connection. */
    private static String answerTo(int port, String request) {
        try (Socket socket = RawHttp.halfOpen(port, request)) {
            socket.setSoTimeout(5000);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return ""; // reset, or the write failed: refused
        }
    }

    @Test
    void aBodyThatStopsArrivingIsA408AndAClientWithEveryConnectionBusyIsRefusedANewOne() throws Exception {
        int port = shortLimits.port();
        String slowBody = "POST /api/prompts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n{\"concept\":";
        List<Socket> busy = new ArrayList<>();
        try {
            for (int i = 0; i < SHORT.maxConnectionsPerClient(); i++) {
                busy.add(RawHttp.halfOpen(port, slowBody));
            }
            Thread.sleep(1000); // the server reads their headers: from then on they are busy (idle timeout 3 s)
            assertThat(answerTo(port, "GET /config.js HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))
                    .as("refused at the cap: closed without an answer").isEmpty();
            assertJsonError(RawHttp.parse(busy.get(0).getInputStream().readAllBytes()), 408, "request_timeout");
            for (Socket socket : busy) {
                assertThat(RawHttp.closedByServer(socket, Duration.ofSeconds(5))).isTrue();
            }
        } finally {
            for (Socket socket : busy) {
                socket.close();
            }
        }
        assertThat(RawHttp.get(port, "/config.js").status()).as("room again").isEqualTo(200);
    }

    /** A request with a request line of our choosing, to 127.0.0.1 with Connection: close. */
    private static RawHttp.Answer send(int port, String requestLine, String headers) {
        return RawHttp.exchange(port, requestLine + "\r\nHost: 127.0.0.1:" + port + "\r\n" + headers
                + "Connection: close\r\n\r\n");
    }

    @Test
    void requestsJettyCannotTakeAreJsonErrorsWithARequestId() throws Exception {
        int port = runtime.port();
        assertJsonError(send(port, "GET /api/history?a=% HTTP/1.1", ""), 400, "bad_request");
        assertJsonError(send(port, "GET /api/%zz HTTP/1.1", ""), 400, "bad_request");
        assertJsonError(send(port, "GET /%E2%82 HTTP/1.1", ""), 400, "bad_request");
        assertJsonError(send(port, "GET /api/history?q=" + "a".repeat(1 << 20) + " HTTP/1.1", ""), 414, "uri_too_long");
        assertJsonError(send(port, "GET /api/history HTTP/1.1", "X-Big: " + "b".repeat(1 << 20) + "\r\n"), 431,
                "headers_too_large");
        assertJsonError(send(port, "GET / HTTP/3.7", ""), 505, "http_version_not_supported");
        // Jetty closes the connection after such an answer: a client told so does not send its next request into it
        assertThat(send(port, "GET /api/renders/%00 HTTP/1.1", "").header("Connection")).isEqualTo("close");
        assertJsonError(send(port, "G\u0001T / HTTP/1.1", ""), 400, "bad_request");
        assertJsonError(send(port, "BREW /api/health HTTP/1.1", ""), 405, "method_not_allowed");
        assertJsonError(send(port, "BREW / HTTP/1.1", ""), 405, "method_not_allowed");
        assertJsonError(RawHttp.get(port, "/no-such-page.html"), 404, "not_found");
        assertJsonError(RawHttp.exchange(port, "GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n"), 400,
                "bad_request"); // no Host
        for (String path : List.of("/", "/api/health")) {
            RawHttp.Answer answer = RawHttp.get(port, path);
            assertThat(answer.status()).as(path).isIn(200, 503); // 503: a dependency slow on a loaded machine
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("X-Request-Id")).isNotBlank();
        }
    }

    @Test
    void mediaIsServedOnlyAsTheVideoOrPosterTheRendererStores() throws Exception {
        int port = runtime.port();
        String bucket = runtime.config().videoBucket();
        byte[] webm = new byte[] {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, 1, 2, 3, 4, 5, 6};
        try (S3Client s3 = S3Clients.create(runtime.config(), runtime.clientCredentials().aws())) {
            s3.putObject(b -> b.bucket(bucket).key("videos/01jaaaaaaaaaaaaaaaaaaaaaa1.webm").contentType("video/webm"),
                    RequestBody.fromBytes(webm));
            s3.putObject(b -> b.bucket(bucket).key("videos/01jaaaaaaaaaaaaaaaaaaaaaa2.webm").contentType("text/html"),
                    RequestBody.fromString("<script>alert(document.cookie)</script>"));
            s3.putObject(b -> b.bucket(bucket).key("videos/01jaaaaaaaaaaaaaaaaaaaaaa3.jpg").contentType("image/svg+xml"),
                    RequestBody.fromString("<svg onload=alert(1)/>"));
        }

        RawHttp.Answer video = RawHttp.get(port, "/media/videos/01jaaaaaaaaaaaaaaaaaaaaaa1.webm");
        assertThat(video.status()).isEqualTo(200);
        assertThat(video.header("Content-Type")).isEqualTo("video/webm");
        assertThat(video.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(video.header("Content-Length")).isEqualTo("10");
        RawHttp.Answer part = RawHttp.exchange(port, "GET /media/videos/01jaaaaaaaaaaaaaaaaaaaaaa1.webm HTTP/1.1\r\n"
                + "Host: localhost\r\nRange: bytes=2-3\r\nConnection: close\r\n\r\n");
        assertThat(part.status()).isEqualTo(206);
        assertThat(part.header("Content-Range")).isEqualTo("bytes 2-3/10");
        RawHttp.Answer beyond = RawHttp.exchange(port, "GET /media/videos/01jaaaaaaaaaaaaaaaaaaaaaa1.webm HTTP/1.1\r\n"
                + "Host: localhost\r\nRange: bytes=10-\r\nConnection: close\r\n\r\n");
        assertJsonError(beyond, 416, "range_not_satisfiable");
        assertThat(beyond.header("Content-Range")).isEqualTo("bytes */10");
        RawHttp.Answer head = RawHttp.exchange(port, "HEAD /media/videos/01jaaaaaaaaaaaaaaaaaaaaaa1.webm HTTP/1.1\r\n"
                + "Host: localhost\r\nConnection: close\r\n\r\n");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Length")).isEqualTo("10");
        assertThat(head.body()).isEmpty();

        assertJsonError(RawHttp.get(port, "/media/videos/01jaaaaaaaaaaaaaaaaaaaaaa2.webm"), 404, "not_found");
        assertJsonError(RawHttp.get(port, "/media/videos/01jaaaaaaaaaaaaaaaaaaaaaa3.jpg"), 404, "not_found");
        assertJsonError(RawHttp.get(port, "/media/videos/01jzzzzzzzzzzzzzzzzzzzzzz0.webm"), 404, "not_found");
    }
}
