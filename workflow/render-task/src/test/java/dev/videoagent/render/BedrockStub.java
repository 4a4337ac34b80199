package dev.videoagent.render;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Bedrock Runtime's async-invoke REST API ({@code POST /async-invoke}, {@code GET
 * /async-invoke/{arn}}) and for the S3 object it writes (path style {@code GET /bucket/key}): in progress for two
 * looks, then completed with a real MP4 made at test time, or failed as a content filter refuses a prompt.
 */
final class BedrockStub implements AutoCloseable {

    enum Outcome { COMPLETE, REFUSE }

    static final String ARN = "arn:aws:bedrock:us-west-2:000000000000:async-invoke/inv0001";

    private final HttpServer server;
    private final Path clip;
    private final Outcome outcome;
    private final AtomicInteger looks = new AtomicInteger();
    final List<String> started = new CopyOnWriteArrayList<>();
    final List<String> calls = new CopyOnWriteArrayList<>();

    BedrockStub(Path clip, Outcome outcome) throws IOException {
        this.clip = clip;
        this.outcome = outcome;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(exchange.getRequestMethod() + " " + path);
        if (exchange.getRequestMethod().equals("POST") && path.equals("/async-invoke")) {
            started.add(body);
            send(exchange, 200, "application/json", ("{\"invocationArn\":\"" + ARN + "\"}").getBytes(StandardCharsets.UTF_8));
        } else if (exchange.getRequestMethod().equals("GET") && path.equals("/async-invoke/" + ARN)) {
            String status = looks.incrementAndGet() <= 2 ? "InProgress" : outcome == Outcome.COMPLETE ? "Completed" : "Failed";
            String json = "{\"invocationArn\":\"" + ARN + "\",\"modelArn\":\"arn:aws:bedrock:us-west-2::foundation-model/"
                    + BedrockLumaVideoModel.MODEL_ID + "\",\"status\":\"" + status + "\""
                    + (status.equals("Failed") ? ",\"failureMessage\":\"The provided prompt was blocked by the content filters.\"" : "")
                    + ",\"outputDataConfig\":{\"s3OutputDataConfig\":{\"s3Uri\":\"s3://videos/bedrock/job-b/\"}}}";
            send(exchange, 200, "application/json", json.getBytes(StandardCharsets.UTF_8));
        } else if (exchange.getRequestMethod().equals("GET") && path.equals("/videos/bedrock/job-b/inv0001/output.mp4")) {
            send(exchange, 200, "video/mp4", Files.readAllBytes(clip));
        } else {
            send(exchange, 404, "application/json", "{\"message\":\"not found\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
