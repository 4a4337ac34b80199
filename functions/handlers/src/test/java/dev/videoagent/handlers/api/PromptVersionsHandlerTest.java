package dev.videoagent.handlers.api;

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
import dev.videoagent.core.port.InMemoryPromptAnnotationRepository;
import dev.videoagent.core.port.InMemoryPromptCache;
import dev.videoagent.core.port.InMemoryRenderJobRepository;
import dev.videoagent.core.port.UsageLimits;
import dev.videoagent.core.usecase.GeneratePrompt;
import dev.videoagent.core.usecase.PromptLabels;
import dev.videoagent.core.usecase.PromptVersions;
import dev.videoagent.core.usecase.RateResults;
import dev.videoagent.core.usecase.RecordEdit;
import dev.videoagent.handlers.http.CorsPolicy;
import dev.videoagent.nori.PromptEngines;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code GET /api/prompts/{id}}, {@code /compare} and {@code POST /revert}: happy paths, 400, 404 and 409. */
class PromptVersionsHandlerTest {

    private static final PromptEngine ENGINE = PromptEngines.createDefault();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CorsPolicy CORS = new CorsPolicy(List.of());

    private final InMemoryHistoryRepository history = new InMemoryHistoryRepository();
    private final Clock clock = Clock.systemUTC();
    private final InMemoryPromptCache cache = new InMemoryPromptCache(clock);
    private final RecordEdit edits = new RecordEdit(ENGINE, history, cache, clock, new RecordIds(clock));
    private final InMemoryRenderJobRepository renders = new InMemoryRenderJobRepository();
    private final InMemoryPromptAnnotationRepository annotations = new InMemoryPromptAnnotationRepository();
    private final PromptVersions versions = new PromptVersions(history, renders, annotations);
    private final LabelHandler label = new LabelHandler(new PromptLabels(history, annotations, UsageLimits.NONE), CORS);
    private final RateResults rateResults = new RateResults(history, renders, annotations, cache, UsageLimits.NONE,
            clock);
    private final RateHandler rateVersion = new RateHandler(rateResults, RateHandler.Target.VERSION, CORS);
    private final RateHandler rateRender = new RateHandler(rateResults, RateHandler.Target.RENDER, CORS);
    private final GenerateHandler generate = new GenerateHandler(new GeneratePrompt(ENGINE, history, cache,
            Optional.empty(), clock, new RecordIds(clock)), CORS);
    private final DiffHandler diff = new DiffHandler(edits, CORS);
    private final PromptHandler prompt = new PromptHandler(versions, CORS);
    private final CompareHandler compare = new CompareHandler(versions, CORS);
    private final RevertHandler revert = new RevertHandler(edits, CORS);

    private static JsonNode call(APIGatewayProxyResponseEvent response, int status) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        return JSON.readTree(response.getBody());
    }

    private static APIGatewayProxyRequestEvent on(String promptId, APIGatewayProxyRequestEvent event) {
        return event.withPathParameters(Map.of("promptId", promptId));
    }

    private static APIGatewayProxyRequestEvent query(APIGatewayProxyRequestEvent event, String... pairs) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], pairs[i + 1]);
        }
        return event.withQueryStringParameters(params);
    }

    /** A generated prompt with one saved edit (version 1, with a message). */
    private JsonNode editedPrompt() throws Exception {
        JsonNode g = call(generate.handleRequest(json("POST", "/api/prompts", "{\"concept\":\"노을 지는 바닷가\"}"), null), 200);
        String v0 = g.get("prompt").asText();
        call(diff.handleRequest(json("POST", "/api/diffs", JSON.writeValueAsString(Map.of("promptId",
                g.get("id").asText(), "baseVersion", 0, "original", v0, "edited", v0 + ", golden hour",
                "message", "warmer light"))), null), 201);
        return g;
    }

    @Test
    void thePromptComesWithEveryVersionItsDiffAndMessage() throws Exception {
        JsonNode g = editedPrompt();
        String id = g.get("id").asText();

        JsonNode body = call(prompt.handleRequest(on(id, request("GET", "/api/prompts/" + id)), null), 200);

        assertThat(body.get("latestVersion").asInt()).isEqualTo(1);
        assertThat(body.get("negativePrompt").asText()).isEqualTo(g.get("negativePrompt").asText());
        assertThat(body.get("slots")).isEqualTo(g.get("slots"));
        JsonNode versions = body.get("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("text").asText()).isEqualTo(g.get("prompt").asText());
        assertThat(versions.get(1).get("message").asText()).isEqualTo("warmer light");
        assertThat(versions.get(1).get("stats").get("inserted").asInt()).isPositive();
        assertThat(body.get("currentPrompt").asText()).endsWith(", golden hour");
    }

    @Test
    void comparingTwoVersionsGivesTheirWordDiffAndMissingOrBadVersionsAre400Or404() throws Exception {
        String id = editedPrompt().get("id").asText();
        String path = "/api/prompts/" + id + "/compare";

        JsonNode diffBody = call(compare.handleRequest(query(on(id, request("GET", path)), "from", "1", "to", "0"),
                null), 200);
        assertThat(diffBody.get("ops").get(0).get("op").asText()).isEqualTo("delete");
        assertThat(call(compare.handleRequest(query(on(id, request("GET", path)), "from", "0"), null), 400)
                .get("error").get("message").asText()).contains("'to'");
        call(compare.handleRequest(query(on(id, request("GET", path)), "from", "0", "to", "x"), null), 400);
        call(compare.handleRequest(query(on(id, request("GET", path)), "from", "0", "to", "9"), null), 404);
    }

    @Test
    void aRevertIsStoredAsTheNextVersionAndAStaleBaseIs409() throws Exception {
        JsonNode g = editedPrompt();
        String id = g.get("id").asText();
        String path = "/api/prompts/" + id + "/revert";

        JsonNode reverted = call(revert.handleRequest(on(id, json("POST", path,
                "{\"version\":0,\"baseVersion\":1,\"message\":\"as generated\"}")), null), 201);
        assertThat(reverted.get("version").asInt()).isEqualTo(2);
        assertThat(reverted.get("edited").asText()).isEqualTo(g.get("prompt").asText());
        assertThat(reverted.get("message").asText()).isEqualTo("as generated");

        JsonNode stale = call(revert.handleRequest(on(id, json("POST", path, "{\"version\":1,\"baseVersion\":1}")), null),
                409);
        assertThat(stale.get("error").get("code").asText()).isEqualTo("conflict");
        call(revert.handleRequest(on(id, json("POST", path, "{}")), null), 400);
        call(revert.handleRequest(on(id, json("POST", path, "{\"version\":7}")), null), 404);
        call(revert.handleRequest(on(id, json("POST", path, "{\"version\":0,\"message\":\"" + "m".repeat(201)
                + "\"}")), null), 413);
        assertThat(history.edits(id)).hasSize(2);
    }

    @Test
    void anotherPersonsPromptOrAMalformedIdIsNotFoundOrBad() throws Exception {
        String id = editedPrompt().get("id").asText();

        call(prompt.handleRequest(as("ben", on(id, request("GET", "/api/prompts/" + id))), null), 404);
        call(compare.handleRequest(as("ben", query(on(id, request("GET", "/api/prompts/" + id + "/compare")),
                "from", "0", "to", "1")), null), 404);
        call(revert.handleRequest(as("ben", on(id, json("POST", "/api/prompts/" + id + "/revert", "{\"version\":0}"))),
                null), 404);
        call(prompt.handleRequest(on("not-an-id", request("GET", "/api/prompts/not-an-id")), null), 400);
        assertThat(history.edits(id)).hasSize(1);
    }

    private static APIGatewayProxyRequestEvent labelled(String promptId, String name, APIGatewayProxyRequestEvent event) {
        return event.withPathParameters(Map.of("promptId", promptId, "label", name));
    }

    @Test
    void aLabelIsPutMovedAndTakenOffAndShowsOnItsVersion() throws Exception {
        String id = editedPrompt().get("id").asText();
        String path = "/api/prompts/" + id + "/labels/favorite";

        call(label.handleRequest(labelled(id, "favorite", json("PUT", path, "{\"version\":0}")), null), 200);
        JsonNode moved = call(label.handleRequest(labelled(id, "favorite", json("PUT", path, "{\"version\":1}")), null),
                200);
        assertThat(moved.get("labels").get("favorite").asInt()).isEqualTo(1);
        JsonNode view = call(prompt.handleRequest(on(id, request("GET", "/api/prompts/" + id)), null), 200);
        assertThat(view.get("versions").get(1).get("labels").get(0).asText()).isEqualTo("favorite");
        assertThat(view.get("versions").get(0).get("labels")).isEmpty();

        call(label.handleRequest(labelled(id, "Bad Label", json("PUT", path, "{\"version\":0}")), null), 400);
        call(label.handleRequest(labelled(id, "final", json("PUT", path, "{}")), null), 400);
        call(label.handleRequest(labelled(id, "final", json("PUT", path, "{\"version\":5}")), null), 404);
        call(label.handleRequest(as("ben", labelled(id, "final", json("PUT", path, "{\"version\":0}"))), null), 404);
        assertThat(call(label.handleRequest(labelled(id, "favorite", request("DELETE", path)), null), 200)
                .get("labels")).isEmpty();
        call(label.handleRequest(labelled(id, "favorite", request("DELETE", path)), null), 404);
    }

    @Test
    void aVersionAndARenderAreRatedUpOrDownByTheirOwnerOnly() throws Exception {
        String id = editedPrompt().get("id").asText();
        APIGatewayProxyRequestEvent rate = json("PUT", "/api/prompts/" + id + "/versions/1/rating",
                "{\"score\":-1,\"note\":\"too dark\"}").withPathParameters(Map.of("promptId", id, "version", "1"));

        JsonNode rated = call(rateVersion.handleRequest(rate, null), 200);
        assertThat(rated.get("score").asInt()).isEqualTo(-1);
        JsonNode view = call(prompt.handleRequest(on(id, request("GET", "/api/prompts/" + id)), null), 200);
        assertThat(view.get("versions").get(1).get("rating").get("note").asText()).isEqualTo("too dark");

        call(rateVersion.handleRequest(json("PUT", "/", "{\"score\":0}")
                .withPathParameters(Map.of("promptId", id, "version", "1")), null), 400);
        call(rateVersion.handleRequest(json("PUT", "/", "{\"score\":1}")
                .withPathParameters(Map.of("promptId", id, "version", "x")), null), 400);
        call(rateVersion.handleRequest(json("PUT", "/", "{\"score\":1}")
                .withPathParameters(Map.of("promptId", id, "version", "4")), null), 404);
        call(rateVersion.handleRequest(as("ben", json("PUT", "/", "{\"score\":1}")
                .withPathParameters(Map.of("promptId", id, "version", "1"))), null), 404);
        call(rateRender.handleRequest(json("PUT", "/", "{\"score\":1}")
                .withPathParameters(Map.of("jobId", "01jabcdefghjkmnpqrstvwxyz0")), null), 404);
    }
}
