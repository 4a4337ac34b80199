package dev.videoagent.adapters.bedrock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.adapters.stub.AwsApiStub;
import dev.videoagent.core.config.AppConfig;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/** The Bedrock adapter against a local HTTP stub of the Converse API. */
class BedrockPromptRewriterIT {

    private static final String ANSWER = "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":"
            + "\"A fluffy puppy joyfully running through a sunlit meadow\"}]}},\"stopReason\":\"end_turn\","
            + "\"usage\":{\"inputTokens\":10,\"outputTokens\":12,\"totalTokens\":22},\"metrics\":{\"latencyMs\":5}}";

    private final AwsApiStub stub = new AwsApiStub("application/json");

    @BeforeEach
    void answer() {
        stub.answer(200, ANSWER, null);
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private BedrockRuntimeClient client() {
        AppConfig config = AppConfig.fromEnv(Map.of("AWS_REGION", "us-east-1", "VIDEO_BUCKET", "videos",
                "MONGODB_URI", "mongodb://127.0.0.1:1", "REDIS_URL", "redis://127.0.0.1:1",
                "BEDROCK_MODEL_ID", "anthropic.claude-3-haiku-20240307-v1:0",
                "BEDROCK_ENDPOINT_URL", stub.endpoint()));
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
            assertThat(stub.requests()).hasSize(1);
            String request = stub.requests().get(0);
            assertThat(request).startsWith("POST /model/anthropic.claude-3-haiku-20240307-v1:0/converse")
                    .contains("A cute puppy running").contains("\"temperature\":0.0")
                    .contains("auth=AWS4-HMAC-SHA256");
        }
    }

    @Test
    void aThrottledModelSurfacesAsAnException() {
        stub.answer(429, "{\"message\":\"Too many requests\"}", "ThrottlingException");
        try (BedrockPromptRewriter rewriter = new BedrockPromptRewriter(client(), "model-x")) {
            assertThatThrownBy(() -> rewriter.rewrite("idea", "prompt")).isInstanceOf(RuntimeException.class);
        }
    }
}
