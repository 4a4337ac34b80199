package dev.videoagent.handlers.api;

import static dev.videoagent.handlers.ApiEvents.json;
import static dev.videoagent.handlers.ApiEvents.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.model.InputLimit;
import dev.videoagent.core.model.RecordIds;
import dev.videoagent.core.port.HistoryRepository;
import dev.videoagent.core.port.InMemoryHistoryRepository;
import dev.videoagent.core.port.InMemoryPromptCache;
import dev.videoagent.core.usecase.GeneratePrompt;
import dev.videoagent.core.usecase.ListHistory;
import dev.videoagent.core.usecase.RecordEdit;
import dev.videoagent.handlers.http.CorsPolicy;
import dev.videoagent.nori.PromptEngines;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiffAndHistoryHandlerTest {

    private static final PromptEngine ENGINE = PromptEngines.createDefault();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CorsPolicy CORS = new CorsPolicy(List.of());

    private final InMemoryHistoryRepository history = new InMemoryHistoryRepository();
    private final Clock clock = Clock.systemUTC();
    private final InMemoryPromptCache cache = new InMemoryPromptCache(clock);
    private final GenerateHandler generate = new GenerateHandler(new GeneratePrompt(ENGINE, history, cache, Optional.empty(),
            clock, new RecordIds(clock)), CORS);
    private final DiffHandler diff = new DiffHandler(new RecordEdit(ENGINE, history, cache, clock, new RecordIds(clock)), CORS);
    private final HistoryHandler list = new HistoryHandler(new ListHistory(history), CORS);
    private final SuggestHandler suggest = new SuggestHandler(new dev.videoagent.core.usecase.SuggestPrompts(ENGINE,
            history, cache), CORS);

    @Test
    void aKoreanAndAnEnglishParaphraseBothGetTheEditedPromptFirst() throws Exception {
        JsonNode puppy = call(generate.handleRequest(json("POST", "/api/prompts",
                "{\"concept\":\"귀여운 강아지가 뛰노는 영상\"}"), null), 200);
        call(generate.handleRequest(json("POST", "/api/prompts", "{\"concept\":\"눈 내리는 산타마을\"}"), null), 200);
        call(generate.handleRequest(json("POST", "/api/prompts", "{\"concept\":\"빨간 스포츠카가 달리는\"}"), null), 200);
        String edited = puppy.get("prompt").asText().replace("cute puppy", "cute golden retriever puppy");
        call(diff.handleRequest(json("POST", "/api/diffs", body(Map.of("promptId", puppy.get("id").asText(), "baseVersion", 0,
                "original", puppy.get("prompt").asText(), "edited", edited))), null), 201);

        for (String paraphrase : List.of("귀여운 강아지가 뛰어노는 모습", "a cute puppy playing")) {
            JsonNode top = call(suggest.handleRequest(request("GET", "/api/suggestions").withQueryStringParameters(
                    Map.of("concept", paraphrase, "limit", "3")), null), 200).get("suggestions").get(0);
            assertThat(top.get("promptId").asText()).as(paraphrase).isEqualTo(puppy.get("id").asText());
            assertThat(top.get("prompt").asText()).isEqualTo(edited);
            assertThat(top.get("editCount").asInt()).isEqualTo(1);
            assertThat(top.get("similarity").asDouble()).isBetween(0.3, 1.0);
            assertThat(top.get("appliedEdits").get(0).get("ops").get(0).get("after").get(0).asText()).isEqualTo("golden");
        }
        JsonNode none = call(suggest.handleRequest(request("GET", "/api/suggestions").withQueryStringParameters(
                Map.of("concept", "우주비행사")), null), 200);
        assertThat(none.get("suggestions")).isEmpty();
        call(suggest.handleRequest(request("GET", "/api/suggestions"), null), 400);
        call(suggest.handleRequest(request("GET", "/api/suggestions").withQueryStringParameters(
                Map.of("concept", "강아지", "limit", "11")), null), 400);
    }

    @Test
    void amongEquallySimilarRequestsTheEditedOneComesFirstEvenWhenItIsTheOldest() throws Exception {
        JsonNode oldest = call(generate.handleRequest(json("POST", "/api/prompts",
                "{\"concept\":\"노을 지는 바닷가를 걷는 연인\"}"), null), 200);
        call(generate.handleRequest(json("POST", "/api/prompts", "{\"concept\":\"노을 지는 바닷가를 걷는 연인\"}"), null), 200);
        call(generate.handleRequest(json("POST", "/api/prompts", "{\"concept\":\"노을 지는 바닷가를 걷는 연인\"}"), null), 200);
        call(generate.handleRequest(json("POST", "/api/prompts", "{\"concept\":\"바닷가를 걷는 연인\"}"), null), 200);
        String edited = oldest.get("prompt").asText() + ", golden hour";
        call(diff.handleRequest(json("POST", "/api/diffs", body(Map.of("promptId", oldest.get("id").asText(),
                "baseVersion", 0, "original", oldest.get("prompt").asText(), "edited", edited))), null), 201);

        JsonNode suggestions = call(suggest.handleRequest(request("GET", "/api/suggestions").withQueryStringParameters(
                Map.of("concept", "노을 지는 바닷가를 걷는 연인", "limit", "1")), null), 200).get("suggestions");

        assertThat(suggestions).hasSize(1);
        assertThat(suggestions.get(0).get("promptId").asText()).isEqualTo(oldest.get("id").asText());
        assertThat(suggestions.get(0).get("prompt").asText()).isEqualTo(edited);
    }

    private JsonNode call(APIGatewayProxyResponseEvent response, int status) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        return JSON.readTree(response.getBody());
    }

    private String body(Object value) throws Exception {
        return JSON.writeValueAsString(value);
    }

    @Test
    void theIssueExampleDiffIsExactAndStoredAsVersionOne() throws Exception {
        JsonNode edit = call(diff.handleRequest(json("POST", "/api/diffs", body(Map.of(
                "original", "a cute puppy running in a park", "edited", "a fluffy puppy running happily in a park"))),
                null), 201);

        assertThat(edit.get("ops")).isEqualTo(JSON.readTree("[{\"op\":\"replace\",\"position\":1,\"before\":[\"cute\"],"
                + "\"after\":[\"fluffy\"]},{\"op\":\"insert\",\"position\":4,\"before\":[],\"after\":[\"happily\"]}]"));
        assertThat(edit.get("stats")).isEqualTo(JSON.readTree("{\"inserted\":1,\"deleted\":0,\"replaced\":1,"
                + "\"wordsBefore\":7,\"wordsAfter\":8,\"similarity\":0.8}"));
        assertThat(edit.get("version").asInt()).isEqualTo(1);
        assertThat(edit.has("promptId")).isFalse();
    }

    @Test
    void aDryRunAnswersTheDiffAndStoresNothing() throws Exception {
        JsonNode first = call(generate.handleRequest(json("POST", "/api/prompts", "{\"concept\":\"귀여운 강아지\"}"), null), 200);
        String id = first.get("id").asText();
        var event = json("POST", "/api/diffs", body(Map.of("promptId", id, "original", "a cute puppy running",
                "edited", "a fluffy puppy running")));
        event.setQueryStringParameters(Map.of("dryRun", "true"));

        JsonNode preview = call(diff.handleRequest(event, null), 200);

        assertThat(preview.get("ops")).isEqualTo(JSON.readTree(
                "[{\"op\":\"replace\",\"position\":1,\"before\":[\"cute\"],\"after\":[\"fluffy\"]}]"));
        assertThat(preview.has("id")).isFalse();
        assertThat(history.edits(id)).isEmpty();
    }

    @Test
    void editsAttachToTheGenerationAndHistoryShowsThemNewestFirst() throws Exception {
        JsonNode first = call(generate.handleRequest(json("POST", "/api/prompts", "{\"concept\":\"귀여운 강아지\"}"), null), 200);
        JsonNode second = call(generate.handleRequest(json("POST", "/api/prompts", "{\"concept\":\"눈 내리는 산타마을\"}"), null), 200);
        String original = first.get("prompt").asText();
        String edited = original.replace("puppy", "golden retriever puppy");
        JsonNode edit = call(diff.handleRequest(json("POST", "/api/diffs", body(Map.of("promptId", first.get("id").asText(),
                "baseVersion", 0, "original", original, "edited", edited))), null), 201);
        assertThat(edit.get("slotChanges").toString()).contains("golden retriever");

        JsonNode page = call(list.handleRequest(request("GET", "/api/history").withQueryStringParameters(
                Map.of("limit", "1")), null), 200);
        assertThat(page.get("items").get(0).get("id").asText()).isEqualTo(second.get("id").asText());
        String next = page.get("nextBefore").asText();
        JsonNode older = call(list.handleRequest(request("GET", "/api/history").withQueryStringParameters(
                Map.of("limit", "5", "before", next)), null), 200);
        JsonNode item = older.get("items").get(0);
        assertThat(item.get("id").asText()).isEqualTo(first.get("id").asText());
        assertThat(item.get("currentPrompt").asText()).isEqualTo(edited);
        assertThat(item.get("edits").get(0).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void anEditOfAVersionThatIsNotTheLatestIsAConflictNamingTheCurrentText() throws Exception {
        JsonNode generated = call(generate.handleRequest(json("POST", "/api/prompts", "{\"concept\":\"귀여운 강아지\"}"),
                null), 200);
        String id = generated.get("id").asText();
        String original = generated.get("prompt").asText();
        String mine = original.replace("puppy", "golden retriever puppy");
        call(diff.handleRequest(json("POST", "/api/diffs", body(Map.of("promptId", id, "baseVersion", 0,
                "original", original, "edited", mine))), null), 201);

        // a second editor still looking at the generated text
        JsonNode stale = call(diff.handleRequest(json("POST", "/api/diffs", body(Map.of("promptId", id,
                "baseVersion", 0, "original", original, "edited", "Visit spam.example"))), null), 409);
        // someone claiming the latest version with a text that was never stored
        JsonNode unseen = call(diff.handleRequest(json("POST", "/api/diffs", body(Map.of("promptId", id,
                "baseVersion", 1, "original", "unrelated text", "edited", "Visit spam.example"))), null), 409);

        for (JsonNode error : List.of(stale, unseen)) {
            assertThat(error.get("error").get("code").asText()).isEqualTo("conflict");
            assertThat(error.get("error").get("current").get("version").asInt()).isEqualTo(1);
            assertThat(error.get("error").get("current").get("text").asText()).isEqualTo(mine);
        }
        assertThat(history.edits(id)).extracting(e -> e.edited()).containsExactly(mine);
    }

    @Test
    void anEditOfAStoredPromptMustSayItsVersionAndBeAWholeText() throws Exception {
        JsonNode generated = call(generate.handleRequest(json("POST", "/api/prompts", "{\"concept\":\"귀여운 강아지\"}"),
                null), 200);
        String id = generated.get("id").asText();
        String original = generated.get("prompt").asText();
        JsonNode missing = call(diff.handleRequest(json("POST", "/api/diffs", body(Map.of("promptId", id,
                "original", original, "edited", original + " more"))), null), 400);
        assertThat(missing.get("error").get("message").asText()).contains("baseVersion");
        call(diff.handleRequest(json("POST", "/api/diffs", "{\"promptId\":\"" + id + "\",\"baseVersion\":0.5,"
                + "\"original\":\"a\",\"edited\":\"b\"}"), null), 400);
        call(diff.handleRequest(json("POST", "/api/diffs", body(Map.of("promptId", id, "baseVersion", -1,
                "original", original, "edited", "b"))), null), 400);
        call(diff.handleRequest(json("POST", "/api/diffs", body(Map.of("promptId", id, "baseVersion", 0,
                "original", original, "edited", "  "))), null), 400);
        assertThat(history.edits(id)).isEmpty();
    }

    @Test
    void badInputIs4xx() throws Exception {
        call(diff.handleRequest(json("POST", "/api/diffs", "{\"original\":\"a\"}"), null), 400);
        call(diff.handleRequest(json("POST", "/api/diffs", "{\"original\":{\"$gt\":\"\"},\"edited\":\"b\"}"), null), 400);
        call(diff.handleRequest(json("POST", "/api/diffs", "{\"promptId\":\"$where\",\"original\":\"a\",\"edited\":\"b\"}"),
                null), 400);
        call(diff.handleRequest(json("POST", "/api/diffs", "{\"promptId\":\"01jzzzzzzzzzzzzzzzzzzzzzz0\","
                + "\"original\":\"a\",\"edited\":\"b\"}"), null), 404);
        // the limit is the editor's and the render's (InputLimit.PROMPT): what can be saved can be rendered
        call(diff.handleRequest(json("POST", "/api/diffs", body(Map.of("original", "a", "edited", "b".repeat(2000)))),
                null), 201);
        JsonNode tooLong = call(diff.handleRequest(json("POST", "/api/diffs", body(Map.of("original", "a",
                "edited", "b".repeat(2001)))), null), 413).get("error");
        assertThat(tooLong.get("code").asText()).isEqualTo("input_too_long");
        assertThat(tooLong.get("field").asText()).isEqualTo("edited");
        assertThat(tooLong.get("length").asInt()).isEqualTo(2001);
        assertThat(tooLong.get("limit").asInt()).isEqualTo(InputLimit.PROMPT.maxChars());
        call(list.handleRequest(request("GET", "/api/history").withQueryStringParameters(Map.of("limit", "0")), null), 400);
        call(list.handleRequest(request("GET", "/api/history").withQueryStringParameters(Map.of("limit", "x")), null), 400);
        call(list.handleRequest(request("GET", "/api/history").withQueryStringParameters(Map.of("before", "{\"$gt\":\"\"}")),
                null), 400);
    }

    @Test
    void historyDownIs503WithTheErrorJson() throws Exception {
        HistoryRepository down = (HistoryRepository) java.lang.reflect.Proxy.newProxyInstance(
                HistoryRepository.class.getClassLoader(), new Class<?>[] {HistoryRepository.class}, (proxy, method, args) -> {
                    throw new DependencyUnavailableException("mongo", new RuntimeException("down"));
                });
        JsonNode error = call(new DiffHandler(new RecordEdit(ENGINE, down, cache, clock, new RecordIds(clock)), CORS)
                .handleRequest(json("POST", "/api/diffs", "{\"original\":\"a\",\"edited\":\"b\"}"), null), 503);
        assertThat(error.get("error").get("code").asText()).isEqualTo("dependency_unavailable");
        call(new HistoryHandler(new ListHistory(down), CORS).handleRequest(request("GET", "/api/history"), null), 503);
    }
}
