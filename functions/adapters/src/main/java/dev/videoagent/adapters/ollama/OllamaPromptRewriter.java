package dev.videoagent.adapters.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.port.PromptRewriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The LLM rewrite through a local Ollama server ({@code OLLAMA_URL}, {@code OLLAMA_MODEL}), for people
 * who run their own model: its chat API ({@code POST /api/chat}, no streaming), temperature 0 and a fixed
 * seed so the same prompt gives the same rewrite. The answer is only a proposal for the rewrite guard.
 */
public final class OllamaPromptRewriter implements PromptRewriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI chat;
    private final String model;

    public OllamaPromptRewriter(URI baseUrl, String model, Duration connectTimeout) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String base = baseUrl.toString();
        this.chat = URI.create((base.endsWith("/") ? base : base + "/") + "api/chat");
        this.model = model;
    }

    @Override
    public String rewrite(String idea, String prompt) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", model);
        body.put("stream", false);
        body.putArray("messages")
                .add(JSON.createObjectNode().put("role", "system").put("content", INSTRUCTIONS))
                .add(JSON.createObjectNode().put("role", "user").put("content", "Idea: " + idea + "\nPrompt: " + prompt));
        body.putObject("options").put("temperature", 0).put("seed", 42).put("num_predict", 400);
        HttpRequest request = HttpRequest.newBuilder(chat).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new DependencyUnavailableException("ollama", new IOException("HTTP " + response.statusCode()));
            }
            JsonNode answer = JSON.readTree(response.body()).path("message").path("content");
            if (!answer.isTextual()) {
                throw new DependencyUnavailableException("ollama", new IOException("no message content in the answer"));
            }
            return answer.asText().strip();
        } catch (IOException e) {
            throw new DependencyUnavailableException("ollama", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DependencyUnavailableException("ollama", e);
        }
    }

    @Override
    public String model() {
        return model;
    }
}
