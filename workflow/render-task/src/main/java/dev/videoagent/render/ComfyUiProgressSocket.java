package dev.videoagent.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ComfyUI's progress socket ({@code /ws?clientId=...}): it tells the client that queued a prompt how far each node
 * got ({@code {"type":"progress","data":{"value":7,"max":30,"prompt_id":...}}}, the sampler's steps above all).
 * Only progress is read from it; whether the job finished is still read from {@code /history}, so a socket that
 * never opens or drops costs the steps, never the video.
 */
final class ComfyUiProgressSocket implements WebSocket.Listener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ComfyUiProgressSocket.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Double> done = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;

    private ComfyUiProgressSocket() {
    }

    /** The socket for {@code clientId}, open before its prompt is queued; empty when it cannot be opened. */
    static Optional<ComfyUiProgressSocket> open(HttpClient http, URI base, String clientId, Duration timeout) {
        URI uri = URI.create(base.toString().replaceFirst("^http", "ws") + "ws?clientId="
                + URLEncoder.encode(clientId, StandardCharsets.UTF_8));
        ComfyUiProgressSocket listener = new ComfyUiProgressSocket();
        try {
            listener.socket = http.newWebSocketBuilder().connectTimeout(timeout).buildAsync(uri, listener)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.of(listener);
        } catch (ExecutionException | TimeoutException e) {
            LOG.info("comfyui: no progress socket at {} ({}); progress is queued, running, done", uri,
                    e.getCause() == null ? e.toString() : e.getCause().toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** How far the prompt's nodes got, 0..1, the furthest any reported; empty before the first step. */
    Optional<Double> fraction(String promptId) {
        return Optional.ofNullable(done.get(promptId));
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String message = partial.toString();
            partial.setLength(0);
            read(message);
        }
        webSocket.request(1);
        return null;
    }

    private void read(String message) {
        try {
            JsonNode json = JSON.readTree(message);
            JsonNode data = json.path("data");
            String prompt = data.path("prompt_id").asText("");
            if ("progress".equals(json.path("type").asText()) && !prompt.isEmpty() && data.path("max").asDouble() > 0) {
                double fraction = Math.max(0, Math.min(1, data.path("value").asDouble() / data.path("max").asDouble()));
                done.merge(prompt, fraction, Math::max);
            }
        } catch (IOException e) {
            LOG.debug("comfyui: a socket message that is not JSON: {}", e.getMessage());
        }
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        // preview images: not ours to show
        webSocket.request(1);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        LOG.info("comfyui: the progress socket dropped ({}); following the job without its steps", error.toString());
    }

    @Override
    public void close() {
        WebSocket open = socket;
        if (open != null && !open.isOutputClosed()) {
            open.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(2, TimeUnit.SECONDS).exceptionally(e -> null);
        }
    }
}
