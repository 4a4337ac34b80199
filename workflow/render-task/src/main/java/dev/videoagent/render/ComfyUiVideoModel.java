package dev.videoagent.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.videoagent.core.port.VideoModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A ComfyUI server as a video model, through its HTTP API: the bundled API-format workflow (LTX-Video or Wan 2.1)
 * with our prompt, negative prompt, size, frame count, frame rate and seed put in, queued with {@code POST
 * /prompt}, followed with {@code GET /queue} and {@code GET /history/{id}} (and its steps on the {@code /ws} socket),
 * its video fetched with {@code GET /view};
 * a cancelled task interrupts it ({@code POST /interrupt}) and takes it off the queue.
 */
public final class ComfyUiVideoModel implements VideoModel {

    private static final Logger LOG = LoggerFactory.getLogger(ComfyUiVideoModel.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(500);

    /** What a template's model can make: its frame rate, frame count rule (step * k + 1, at most max) and size. */
    record ModelShape(int fps, int frameStep, int maxFrames, int maxWidth, int maxHeight, int sizeStep) {
    }

    private static final Map<String, ModelShape> SHAPES = Map.of(
            "ltx-video", new ModelShape(24, 8, 257, 768, 512, 32),
            "wan-2.1", new ModelShape(16, 4, 81, 832, 480, 16));

    private final HttpClient http;
    private final URI base;
    private final String workflow;
    private final JsonNode template;
    private final Duration timeout;
    private final Duration requestTimeout;
    private final Map<String, String> running = new ConcurrentHashMap<>();
    private final java.util.Set<String> cancelled = ConcurrentHashMap.newKeySet();

    public ComfyUiVideoModel(URI base, String workflow, Duration requestTimeout, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(requestTimeout).build();
        this.requestTimeout = requestTimeout;
        this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
        this.workflow = workflow;
        this.template = template(workflow);
        this.timeout = timeout;
    }

    static JsonNode template(String workflow) {
        try (InputStream in = ComfyUiVideoModel.class.getResourceAsStream("comfyui/" + workflow + ".json")) {
            if (in == null || !SHAPES.containsKey(workflow)) {
                throw new IllegalArgumentException("no bundled ComfyUI workflow '" + workflow + "'");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template with the request's values in place of its {@code ${...}} strings. */
    static ObjectNode graph(JsonNode template, String workflow, ClipRequest request) {
        ModelShape shape = SHAPES.get(workflow);
        double aspect = request.settings().width() / (double) request.settings().height();
        int width = Math.min(shape.maxWidth(), (int) Math.round(shape.maxHeight() * aspect));
        width = width / shape.sizeStep() * shape.sizeStep();
        int height = (int) Math.round(width / aspect) / shape.sizeStep() * shape.sizeStep();
        int wanted = request.settings().durationSeconds() * shape.fps();
        int frames = Math.min(shape.maxFrames(), (wanted - 1) / shape.frameStep() * shape.frameStep() + 1);
        Map<String, JsonNode> values = Map.of(
                "${prompt}", TextNode.valueOf(request.prompt()),
                "${negativePrompt}", TextNode.valueOf(request.negativePrompt().orElse("")),
                "${width}", IntNode.valueOf(width), "${height}", IntNode.valueOf(height),
                "${frames}", IntNode.valueOf(frames), "${fps}", IntNode.valueOf(shape.fps()),
                "${seed}", LongNode.valueOf(request.seed() & Long.MAX_VALUE));
        ObjectNode graph = template.deepCopy();
        replace(graph, values, request.jobId());
        return graph;
    }

    private static void replace(JsonNode node, Map<String, JsonNode> values, String jobId) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (value.isTextual() && values.containsKey(value.asText())) {
                field.setValue(values.get(value.asText()));
            } else if (value.isTextual() && value.asText().contains("${jobId}")) {
                field.setValue(TextNode.valueOf(value.asText().replace("${jobId}", jobId)));
            } else {
                replace(value, values, jobId);
            }
        }
    }

    @Override
    public Path generate(ClipRequest request, Path work, DoubleConsumer progress) {
        // open before queueing: ComfyUI tells the steps to the client that queued, from the first
        Optional<ComfyUiProgressSocket> steps = ComfyUiProgressSocket.open(http, base, request.jobId(), requestTimeout);
        try {
            return generate(request, work, progress, steps);
        } finally {
            steps.ifPresent(ComfyUiProgressSocket::close);
        }
    }

    private Path generate(ClipRequest request, Path work, DoubleConsumer progress,
                          Optional<ComfyUiProgressSocket> steps) {
        ObjectNode body = JSON.createObjectNode();
        body.set("prompt", graph(template, workflow, request));
        body.put("client_id", request.jobId());
        JsonNode queued = call(HttpRequest.newBuilder(base.resolve("prompt")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), "queue the workflow");
        String id = queued.path("prompt_id").asText("");
        if (id.isEmpty()) {
            throw new RenderFailedException("ComfyUI did not queue the workflow: " + queued, null);
        }
        running.put(request.jobId(), id);
        LOG.info("comfyui: job {} queued as {} ({})", request.jobId(), id, workflow);
        Instant deadline = Instant.now().plus(timeout);
        double shown = 0.02;
        try {
            progress.accept(shown);
            while (Instant.now().isBefore(deadline)) {
                if (cancelled.contains(request.jobId())) {
                    throw new RenderFailedException("the render was cancelled; ComfyUI's job " + id + " was interrupted",
                            null);
                }
                JsonNode entry = call(HttpRequest.newBuilder(base.resolve("history/" + id)).GET(), "read the history")
                        .path(id);
                if (!entry.isMissingNode()) {
                    return finished(entry, id, work);
                }
                JsonNode queue = call(HttpRequest.newBuilder(base.resolve("queue")).GET(), "read the queue");
                boolean started = contains(queue.path("queue_running"), id);
                Optional<Double> stepped = steps.flatMap(s -> s.fraction(id));
                // queued 5%, running 10%, then the steps up to 95%; never backwards
                double now = stepped.map(f -> 0.1 + 0.85 * f).orElse(started ? 0.1 : 0.05);
                if (now > shown) {
                    shown = now;
                    progress.accept(shown);
                }
                sleep();
            }
            cancel(request.jobId());
            throw new RenderFailedException("ComfyUI did not finish within " + timeout.toSeconds() + " s", null);
        } finally {
            running.remove(request.jobId());
            cancelled.remove(request.jobId());
        }
    }

    /** The finished entry's video, fetched into {@code work}; an error entry is the model's failure. */
    private Path finished(JsonNode entry, String id, Path work) {
        JsonNode status = entry.path("status");
        if ("error".equals(status.path("status_str").asText())) {
            String why = "the workflow failed";
            for (JsonNode message : status.path("messages")) {
                if ("execution_error".equals(message.path(0).asText())) {
                    why = message.path(1).path("exception_message").asText(why).strip();
                }
            }
            throw new RenderFailedException("ComfyUI: " + why, null);
        }
        for (JsonNode output : entry.path("outputs")) {
            for (String kind : new String[] {"videos", "gifs", "images"}) {
                for (JsonNode file : output.path(kind)) {
                    String name = file.path("filename").asText("");
                    if (name.endsWith(".webm") || name.endsWith(".mp4")) {
                        return fetch(file, work.resolve("clip-" + id + name.substring(name.lastIndexOf('.'))));
                    }
                }
            }
        }
        throw new RenderFailedException("ComfyUI finished without a video in its outputs", null);
    }

    private Path fetch(JsonNode file, Path target) {
        String query = "filename=" + encode(file.path("filename").asText()) + "&subfolder="
                + encode(file.path("subfolder").asText("")) + "&type=" + encode(file.path("type").asText("output"));
        try {
            HttpResponse<Path> response = http.send(HttpRequest.newBuilder(base.resolve("view?" + query))
                    .timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofFile(target));
            if (response.statusCode() != 200) {
                throw new RenderFailedException("ComfyUI answered " + response.statusCode() + " for the video", null);
            }
            return target;
        } catch (IOException e) {
            throw new RenderFailedException("cannot fetch the video from ComfyUI: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderFailedException("interrupted while fetching the video", e);
        }
    }

    @Override
    public void cancel(String jobId) {
        String id = running.get(jobId);
        if (id == null) {
            return;
        }
        cancelled.add(jobId);
        try {
            ObjectNode delete = JSON.createObjectNode();
            delete.putArray("delete").add(id);
            send(HttpRequest.newBuilder(base.resolve("queue")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(delete.toString())));
            ObjectNode interrupt = JSON.createObjectNode().put("prompt_id", id);
            send(HttpRequest.newBuilder(base.resolve("interrupt")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(interrupt.toString())));
            LOG.info("comfyui: job {} ({}) interrupted", jobId, id);
        } catch (RuntimeException e) {
            LOG.warn("comfyui: could not interrupt {}: {}", id, e.getMessage());
        }
    }

    private JsonNode call(HttpRequest.Builder request, String what) {
        HttpResponse<String> response = send(request);
        if (response.statusCode() / 100 != 2) {
            String error = response.body().length() > 300 ? response.body().substring(0, 300) : response.body();
            throw new RenderFailedException("ComfyUI could not " + what + " (" + response.statusCode() + "): " + error,
                    null);
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new RenderFailedException("ComfyUI answered something that is not JSON to " + what, e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RenderFailedException("cannot reach ComfyUI at " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderFailedException("interrupted while waiting for ComfyUI", e);
        }
    }

    private static boolean contains(JsonNode queue, String id) {
        for (JsonNode item : queue) {
            if (id.equals(item.path(1).asText())) {
                return true;
            }
        }
        return false;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderFailedException("interrupted while waiting for ComfyUI", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
