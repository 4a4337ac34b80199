package dev.videoagent.adapters.ollama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.adapters.stub.AwsApiStub;
import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.model.GeneratedPrompt;
import dev.videoagent.core.model.RewriteOutcome;
import dev.videoagent.core.model.Target;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.port.InMemoryHistoryRepository;
import dev.videoagent.core.port.InMemoryPromptCache;
import dev.videoagent.core.port.PromptRewriter;
import dev.videoagent.core.usecase.GeneratePrompt;
import dev.videoagent.core.usecase.GeneratePromptCommand;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Ollama adapter against a local stub of Ollama's chat API ({@code POST /api/chat}). */
class OllamaPromptRewriterIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANSWER = "{\"model\":\"llama3.2\",\"created_at\":\"2026-12-01T10:00:00Z\","
            + "\"message\":{\"role\":\"assistant\",\"content\":\"  A fluffy puppy joyfully running through a sunlit meadow\\n\"},"
            + "\"done\":true,\"done_reason\":\"stop\",\"total_duration\":1000,\"eval_count\":12}";

    private final AwsApiStub stub = new AwsApiStub("application/json");

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private OllamaPromptRewriter rewriter() {
        return new OllamaPromptRewriter(URI.create(stub.endpoint()), "llama3.2", Duration.ofSeconds(2));
    }

    @Test
    void sendsOneDeterministicNonStreamingChatRequestAndReturnsTheTrimmedAnswer() throws Exception {
        stub.answer(200, ANSWER, null);
        try (OllamaPromptRewriter rewriter = rewriter()) {
            String text = rewriter.rewrite("귀여운 강아지", "A cute puppy running, soft natural daylight");

            assertThat(text).isEqualTo("A fluffy puppy joyfully running through a sunlit meadow");
            assertThat(rewriter.model()).isEqualTo("llama3.2");
        }
        assertThat(stub.requests()).hasSize(1);
        String request = stub.requests().get(0);
        assertThat(request).startsWith("POST /api/chat ");
        JsonNode body = JSON.readTree(request.substring(request.indexOf('{'), request.lastIndexOf('}') + 1));
        assertThat(body.path("model").asText()).isEqualTo("llama3.2");
        assertThat(body.path("stream").asBoolean(true)).isFalse();
        assertThat(body.path("options").path("temperature").asInt(-1)).isZero();
        assertThat(body.path("options").has("seed")).isTrue();
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(body.path("messages").get(0).path("content").asText()).isEqualTo(PromptRewriter.INSTRUCTIONS);
        assertThat(body.path("messages").get(1).path("content").asText())
                .contains("귀여운 강아지").contains("A cute puppy running");
    }

    @Test
    void aModelThatIsNotPulledIsADependencyFailure() {
        stub.answer(404, "{\"error\":\"model \\\"llama3.2\\\" not found, try pulling it first\"}", null);
        try (OllamaPromptRewriter rewriter = rewriter()) {
            assertThatThrownBy(() -> rewriter.rewrite("idea", "prompt"))
                    .isInstanceOf(DependencyUnavailableException.class);
        }
    }

    @Test
    void anAnswerWithoutMessageContentIsADependencyFailure() {
        stub.answer(200, "{\"done\":true}", null);
        try (OllamaPromptRewriter rewriter = rewriter()) {
            assertThatThrownBy(() -> rewriter.rewrite("idea", "prompt"))
                    .isInstanceOf(DependencyUnavailableException.class);
        }
    }

    @Test
    void aServerThatIsNotRunningIsADependencyFailure() {
        String endpoint = stub.endpoint();
        stub.close();
        try (OllamaPromptRewriter rewriter = new OllamaPromptRewriter(URI.create(endpoint), "llama3.2",
                Duration.ofSeconds(1))) {
            assertThatThrownBy(() -> rewriter.rewrite("idea", "prompt"))
                    .isInstanceOf(DependencyUnavailableException.class);
        }
    }

    private static final PromptEngine ENGINE = new PromptEngine(PromptEngine.Knowledge.load(Lexicon.of(List.of(
            "place.beach\tplace\ta sandy beach\t해변\tbeach\tnature\tprep=on",
            "person.people\tsubject\tpeople\t사람들\tpeople\tpeople\tkind=person"))), text -> List.of());

    private GeneratedPrompt generateWithOllamaAnswering(String content) {
        stub.answer(200, "{\"model\":\"llama3.2\",\"message\":{\"role\":\"assistant\",\"content\":\""
                + content + "\"},\"done\":true}", null);
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        try (OllamaPromptRewriter rewriter = rewriter()) {
            return new GeneratePrompt(ENGINE, new InMemoryHistoryRepository(), new InMemoryPromptCache(clock),
                    Optional.of(rewriter), clock, () -> "01jabcdefghjkmnpqrstvwxyz0")
                    .handle(UserId.LOCAL, new GeneratePromptCommand("a beach without people", true, Target.GENERIC));
        }
    }

    @Test
    void aRewriteThatBringsBackANegatedThingIsRejectedAndTheRulePromptKept() {
        GeneratedPrompt generated = generateWithOllamaAnswering("A sandy beach with happy people strolling");

        assertThat(generated.result().structure().negated()).contains("people");
        assertThat(generated.rewrite().status()).isEqualTo(RewriteOutcome.Status.REJECTED);
        assertThat(generated.rewrite().reason()).contains("negated 'people'");
        assertThat(generated.result().prompt()).doesNotContainIgnoringCase("people").containsIgnoringCase("beach");
    }

    @Test
    void aFaithfulRewriteReplacesThePrompt() {
        GeneratedPrompt generated = generateWithOllamaAnswering("An empty sandy beach, gentle waves at dawn");

        assertThat(generated.rewrite()).isEqualTo(RewriteOutcome.used("llama3.2"));
        assertThat(generated.result().prompt()).isEqualTo("An empty sandy beach, gentle waves at dawn");
    }
}
