package dev.videoagent.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A local stand-in for a ComfyUI server's API (POST /prompt, GET /queue, GET /history/{id}, GET /view,
 * POST /interrupt, POST /queue, and the /ws progress socket): it runs nothing, it answers as ComfyUI does, with a
 * real clip made at test time. When a client with an open socket queues a prompt, the socket is told, before the
 * queue call is answered, that another client's prompt finished all its steps and that this one did
 * {@link #STEPS_DONE} of {@link #STEPS}.
 */
public final class ComfyUiStub implements AutoCloseable {

    public enum Outcome { SUCCEED, FAIL, NEVER_FINISH }

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String PROMPT_ID = "7f1c2d3e-0000-4000-8000-000000000001";
    public static final int STEPS = 8;
    public static final int STEPS_DONE = 4;

    private final Server server;
    private final Path clip;
    private final boolean socket;
    private volatile Outcome outcome;
    private final AtomicInteger historyCalls = new AtomicInteger();
    private final Map<String, Session> sockets = new ConcurrentHashMap<>();
    public final List<JsonNode> queued = new CopyOnWriteArrayList<>();
    public final List<String> calls = new CopyOnWriteArrayList<>();

    public ComfyUiStub(Path clip, Outcome outcome) throws IOException {
        this(clip, outcome, true);
    }

    /** @param socket whether /ws answers (an older server or a proxy that drops upgrades: it does not) */
    public ComfyUiStub(Path clip, Outcome outcome, boolean socket) throws IOException {
        this.clip = clip;
        this.outcome = outcome;
        this.socket = socket;
        this.server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ContextHandler context = new ContextHandler("/");
        WebSocketUpgradeHandler ws = WebSocketUpgradeHandler.from(server, context, container ->
                container.addMapping("/ws", (request, response, callback) -> {
                    String client = Request.extractQueryParameters(request).getValue("clientId");
                    return new ProgressSocket(client, sockets);
                }));
        ws.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                return ComfyUiStub.this.handle(request, response, callback);
            }
        });
        context.setHandler(socket ? ws : ws.getHandler());
        server.setHandler(context);
        try {
            server.start();
        } catch (Exception e) {
            throw new IOException("the ComfyUI stub did not start", e);
        }
    }

    /** What the next jobs do. */
    public void outcome(Outcome next) {
        outcome = next;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort());
    }

    private boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        String body = Content.Source.asString(request, StandardCharsets.UTF_8);
        calls.add(request.getMethod() + " " + path + (body.isEmpty() ? "" : " " + body));
        switch (request.getMethod() + " " + path) {
            case "POST /prompt" -> {
                JsonNode prompt = JSON.readTree(body);
                queued.add(prompt);
                tellSteps(prompt.path("client_id").asText());
                json(response, callback, 200, "{\"prompt_id\":\"" + PROMPT_ID + "\",\"number\":1,\"node_errors\":{}}");
            }
            case "GET /queue" -> json(response, callback, 200, "{\"queue_running\":[[1,\"" + PROMPT_ID + "\",{},{},[]]],"
                    + "\"queue_pending\":[]}");
            case "GET /history/" + PROMPT_ID -> history(response, callback);
            case "GET /view" -> {
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "video/webm");
                response.write(true, ByteBuffer.wrap(Files.readAllBytes(clip)), callback);
            }
            case "POST /interrupt", "POST /queue" -> json(response, callback, 200, "{}");
            default -> json(response, callback, 404, "{\"error\":\"not found\"}");
        }
        return true;
    }

    /** ComfyUI's messages to the client that queued: node progress, and another client's, which it must ignore. */
    private void tellSteps(String client) throws Exception {
        Session session = sockets.get(client);
        if (session == null || !session.isOpen()) {
            return;
        }
        send(session, "{\"type\":\"status\",\"data\":{\"status\":{\"exec_info\":{\"queue_remaining\":1}}}}");
        send(session, "{\"type\":\"execution_start\",\"data\":{\"prompt_id\":\"" + PROMPT_ID + "\"}}");
        send(session, "{\"type\":\"progress\",\"data\":{\"value\":" + STEPS + ",\"max\":" + STEPS
                + ",\"prompt_id\":\"another-clients-prompt\",\"node\":\"9\"}}");
        for (int step = 1; step <= STEPS_DONE; step++) {
            send(session, "{\"type\":\"progress\",\"data\":{\"value\":" + step + ",\"max\":" + STEPS
                    + ",\"prompt_id\":\"" + PROMPT_ID + "\",\"node\":\"9\"}}");
        }
    }

    private static void send(Session session, String text) throws Exception {
        Callback.Completable sent = new Callback.Completable();
        session.sendText(text, org.eclipse.jetty.websocket.api.Callback.from(sent::succeeded, sent::failed));
        sent.get();
    }

    /** Pending for the first two looks, then the outcome. */
    private void history(Response response, Callback callback) {
        if (historyCalls.incrementAndGet() <= 2 || outcome == Outcome.NEVER_FINISH) {
            json(response, callback, 200, "{}");
            return;
        }
        String status = outcome == Outcome.SUCCEED
                ? "{\"status_str\":\"success\",\"completed\":true,\"messages\":[[\"execution_start\",{}]]}"
                : "{\"status_str\":\"error\",\"completed\":false,\"messages\":[[\"execution_error\","
                        + "{\"node_id\":\"9\",\"exception_message\":\"CUDA out of memory. Tried to allocate 2.00 GiB\"}]]}";
        String outputs = outcome == Outcome.SUCCEED
                ? "{\"11\":{\"images\":[{\"filename\":\"videoagent/job_00001_.webm\",\"subfolder\":\"\",\"type\":\"output\"}],"
                        + "\"animated\":[true]}}" : "{}";
        json(response, callback, 200, "{\"" + PROMPT_ID + "\":{\"prompt\":[],\"outputs\":" + outputs + ",\"status\":"
                + status + "}}");
    }

    private static void json(Response response, Callback callback, int status, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        Content.Sink.write(response, true, body, callback);
    }

    /** One client's socket, kept by its client id for the messages about its prompts. */
    public static final class ProgressSocket implements Session.Listener.AutoDemanding {

        private final String client;
        private final Map<String, Session> sockets;

        ProgressSocket(String client, Map<String, Session> sockets) {
            this.client = client;
            this.sockets = sockets;
        }

        @Override
        public void onWebSocketOpen(Session session) {
            sockets.put(client, session);
        }
    }

    /** Whether the client opened its progress socket. */
    public boolean socketOpenFor(String client) {
        return sockets.containsKey(client);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the ComfyUI stub did not stop", e);
        }
    }
}
