package dev.videoagent.handlers.api;

import static dev.videoagent.handlers.ApiEvents.anonymous;
import static dev.videoagent.handlers.ApiEvents.as;
import static dev.videoagent.handlers.ApiEvents.json;
import static dev.videoagent.handlers.ApiEvents.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.model.RecordIds;
import dev.videoagent.core.port.InMemoryHistoryRepository;
import dev.videoagent.core.port.InMemoryPromptCache;
import dev.videoagent.core.usecase.GeneratePrompt;
import dev.videoagent.core.usecase.ListHistory;
import dev.videoagent.core.usecase.RecordEdit;
import dev.videoagent.core.usecase.SuggestPrompts;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.CorsPolicy;
import dev.videoagent.nori.PromptEngines;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Who the caller is comes from the authorizer's claims in the event, never from the body: without them every
 * route but health answers 401 before looking at the request, and one person's prompts are another's 404.
 */
class SignedInCallerHandlerTest {

    private static final PromptEngine ENGINE = PromptEngines.createDefault();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CorsPolicy CORS = new CorsPolicy(List.of());

    private final InMemoryHistoryRepository history = new InMemoryHistoryRepository();
    private final Clock clock = Clock.systemUTC();
    private final InMemoryPromptCache cache = new InMemoryPromptCache(clock);
    private final GenerateHandler generate = new GenerateHandler(new GeneratePrompt(ENGINE, history, cache,
            Optional.empty(), clock, new RecordIds(clock)), CORS);
    private final DiffHandler diff = new DiffHandler(new RecordEdit(ENGINE, history, cache, clock,
            new RecordIds(clock)), CORS);
    private final HistoryHandler list = new HistoryHandler(new ListHistory(history), CORS);
    private final SuggestHandler suggest = new SuggestHandler(new SuggestPrompts(ENGINE, history, cache), CORS);

    @Test
    void withoutASignedInUserEveryRouteAnswers401BeforeReadingTheRequest() throws Exception {
        Map<ApiHandler, APIGatewayProxyRequestEvent> calls = Map.of(
                generate, json("POST", "/api/prompts", "not even json"),
                diff, json("POST", "/api/diffs", "{\"original\":\"a\",\"edited\":\"b\"}"),
                list, request("GET", "/api/history"),
                suggest, request("GET", "/api/suggestions"));
        for (Map.Entry<ApiHandler, APIGatewayProxyRequestEvent> call : calls.entrySet()) {
            APIGatewayProxyResponseEvent response = call.getKey().handleRequest(anonymous(call.getValue()), null);
            JsonNode error = body(response, 401).get("error");
            assertThat(error.get("code").asText()).as(call.getValue().getPath()).isEqualTo("unauthorized");
            assertThat(response.getHeaders()).containsEntry("WWW-Authenticate", "Bearer");
        }
    }

    @Test
    void aClaimThatIsNoUsableIdIsNoSignedInUser() throws Exception {
        body(list.handleRequest(as("bad id with spaces", request("GET", "/api/history")), null), 401);
    }

    @Test
    void onePersonsPromptIsAnotherPersonsNotFoundAndNeverInTheirHistory() throws Exception {
        JsonNode anas = body(generate.handleRequest(as("ana", json("POST", "/api/prompts",
                "{\"concept\":\"노을 지는 바닷가를 걷는 연인\"}")), null), 200);
        String id = anas.get("id").asText();
        String edit = JSON.writeValueAsString(Map.of("promptId", id, "baseVersion", 0,
                "original", anas.get("prompt").asText(), "edited", anas.get("prompt").asText() + ", golden hour"));

        JsonNode refused = body(diff.handleRequest(as("ben", json("POST", "/api/diffs", edit)), null), 404);
        assertThat(refused.get("error").get("message").asText()).doesNotContain("ana");
        assertThat(history.edits(id)).isEmpty();
        assertThat(body(list.handleRequest(as("ben", request("GET", "/api/history")), null), 200).get("items"))
                .isEmpty();

        body(diff.handleRequest(as("ana", json("POST", "/api/diffs", edit)), null), 201);
        JsonNode anasHistory = body(list.handleRequest(as("ana", request("GET", "/api/history")), null), 200);
        assertThat(anasHistory.get("items")).hasSize(1);
        assertThat(anasHistory.get("items").get(0).get("id").asText()).isEqualTo(id);
        assertThat(history.edits(id)).extracting(e -> e.owner().value()).containsExactly("ana");
    }

    @Test
    void aStoredGenerationIsTheCallersEvenWhenTheBodyNamesSomeoneElse() throws Exception {
        body(generate.handleRequest(as("ana", json("POST", "/api/prompts",
                "{\"concept\":\"a red sports car\",\"owner\":\"ben\"}")), null), 400);
        JsonNode anas = body(generate.handleRequest(as("ana", json("POST", "/api/prompts",
                "{\"concept\":\"a red sports car\"}")), null), 200);

        assertThat(history.findGeneration(anas.get("id").asText()).orElseThrow().owner().value()).isEqualTo("ana");
    }

    private static JsonNode body(APIGatewayProxyResponseEvent response, int status) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        return JSON.readTree(response.getBody());
    }
}
