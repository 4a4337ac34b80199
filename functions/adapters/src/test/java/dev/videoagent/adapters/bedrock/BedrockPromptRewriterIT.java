package dev.videoagent.adapters.bedrock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.videoagent.core.config.AppConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/** The Bedrock adapter against a local HTTP stub of the Converse API. */
class BedrockPromptRewriterIT {

    private HttpServer stub;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "A fluffy puppy joyfully running through a sunlit meadow";

    @BeforeEach
    void startStub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                    + " auth=" + exchange.getRequestHeaders().getFirst("Authorization"));
            String body = status == 200
                    ? "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":\"" + answer + "\"}]}},"
                    + "\"stopReason\":\"end_turn\",\"usage\":{\"inputTokens\":10,\"outputTokens\":12,\"totalTokens\":22},"
                    + "\"metrics\":{\"latencyMs\":5}}"
                    : "{\"message\":\"Too many requests\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            if (status != 200) {
                exchange.getResponseHeaders().set("x-amzn-ErrorType", "ThrottlingException");
            }
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        stub.start();
    }

    @AfterEach
    void stopStub() {
        stub.stop(0);
    }

    private BedrockRuntimeClient client() {
        AppConfig config = AppConfig.fromEnv(Map.of("AWS_REGION", "us-east-1", "VIDEO_BUCKET", "videos",
                "MONGODB_URI", "mongodb://127.0.0.1:1", "REDIS_URL", "redis://127.0.0.1:1",
                "BEDROCK_MODEL_ID", "anthropic.claude-3-haiku-20240307-v1:0",
                "BEDROCK_ENDPOINT_URL", "http://127.0.0.1:" + stub.getAddress().getPort()));
        return BedrockRuntimeClient.builder()
                .region(software.amazon.awssdk.regions.Region.of(config.region()))
                .endpointOverride(config.bedrockEndpointUrl().orElseThrow())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .httpClientBuilder(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder())
                .build();
    }

    @Test
    void sendsASignedConverseRequestAndReturnsTheText() {
        try (BedrockPromptRewriter rewriter = new BedrockPromptRewriter(client(), "anthropic.claude-3-haiku-20240307-v1:0")) {
            String text = rewriter.rewrite("귀여운 강아지", "A cute puppy running, soft natural daylight");

            assertThat(text).isEqualTo("A fluffy puppy joyfully running through a sunlit meadow");
            assertThat(requests).hasSize(1);
            String request = requests.get(0);
            assertThat(request).startsWith("POST /model/anthropic.claude-3-haiku-20240307-v1:0/converse")
                    .contains("A cute puppy running").contains("\"temperature\":0.0")
                    .contains("auth=AWS4-HMAC-SHA256");
        }
    }

    @Test
    void aThrottledModelSurfacesAsAnException() {
        status = 429;
        try (BedrockPromptRewriter rewriter = new BedrockPromptRewriter(client(), "model-x")) {
            assertThatThrownBy(() -> rewriter.rewrite("idea", "prompt")).isInstanceOf(RuntimeException.class);
        }
    }
}
