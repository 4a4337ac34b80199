package dev.videoagent.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for a ComfyUI server's HTTP API (POST /prompt, GET /queue, GET /history/{id}, GET /view,
 * POST /interrupt, POST /queue): it runs nothing, it answers as ComfyUI does, with a real clip made at test time.
 */
public final class ComfyUiStub implements AutoCloseable {

    public enum Outcome { SUCCEED, FAIL, NEVER_FINISH }

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String PROMPT_ID = "7f1c2d3e-0000-4000-8000-000000000001";

    private final HttpServer server;
    private final Path clip;
    private volatile Outcome outcome;
    private final AtomicInteger historyCalls = new AtomicInteger();
    public final List<JsonNode> queued = new CopyOnWriteArrayList<>();
    public final List<String> calls = new CopyOnWriteArrayList<>();

    public ComfyUiStub(Path clip, Outcome outcome) throws IOException {
        this.clip = clip;
        this.outcome = outcome;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** What the next jobs do. */
    public void outcome(Outcome next) {
        outcome = next;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(exchange.getRequestMethod() + " " + path + (body.isEmpty() ? "" : " " + body));
        switch (exchange.getRequestMethod() + " " + path) {
            case "POST /prompt" -> {
                queued.add(JSON.readTree(body));
                json(exchange, 200, "{\"prompt_id\":\"" + PROMPT_ID + "\",\"number\":1,\"node_errors\":{}}");
            }
            case "GET /queue" -> json(exchange, 200, "{\"queue_running\":[[1,\"" + PROMPT_ID + "\",{},{},[]]],"
                    + "\"queue_pending\":[]}");
            case "GET /history/" + PROMPT_ID -> history(exchange);
            case "GET /view" -> {
                byte[] video = Files.readAllBytes(clip);
                exchange.getResponseHeaders().add("Content-Type", "video/webm");
                exchange.sendResponseHeaders(200, video.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(video);
                }
            }
            case "POST /interrupt", "POST /queue" -> json(exchange, 200, "{}");
            default -> json(exchange, 404, "{\"error\":\"not found\"}");
        }
    }

    /** Pending for the first two looks, then the outcome. */
    private void history(HttpExchange exchange) throws IOException {
        if (historyCalls.incrementAndGet() <= 2 || outcome == Outcome.NEVER_FINISH) {
            json(exchange, 200, "{}");
            return;
        }
        String status = outcome == Outcome.SUCCEED
                ? "{\"status_str\":\"success\",\"completed\":true,\"messages\":[[\"execution_start\",{}]]}"
                : "{\"status_str\":\"error\",\"completed\":false,\"messages\":[[\"execution_error\","
                        + "{\"node_id\":\"9\",\"exception_message\":\"CUDA out of memory. Tried to allocate 2.00 GiB\"}]]}";
        String outputs = outcome == Outcome.SUCCEED
                ? "{\"11\":{\"images\":[{\"filename\":\"videoagent/job_00001_.webm\",\"subfolder\":\"\",\"type\":\"output\"}],"
                        + "\"animated\":[true]}}" : "{}";
        json(exchange, 200, "{\"" + PROMPT_ID + "\":{\"prompt\":[],\"outputs\":" + outputs + ",\"status\":" + status + "}}");
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
