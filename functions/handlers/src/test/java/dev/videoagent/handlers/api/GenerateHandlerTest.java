package dev.videoagent.handlers.api;

import static dev.videoagent.handlers.ApiEvents.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.model.GenerationRecord;
import dev.videoagent.core.model.RecordIds;
import dev.videoagent.core.port.HistoryRepository;
import dev.videoagent.core.port.InMemoryHistoryRepository;
import dev.videoagent.core.port.InMemoryPromptCache;
import dev.videoagent.core.usecase.GeneratePrompt;
import dev.videoagent.handlers.http.CorsPolicy;
import dev.videoagent.nori.PromptEngines;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GenerateHandlerTest {

    private static final PromptEngine ENGINE = PromptEngines.createDefault();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InMemoryHistoryRepository history = new InMemoryHistoryRepository();

    private GenerateHandler handler(HistoryRepository repository) {
        return new GenerateHandler(new GeneratePrompt(ENGINE, repository, new InMemoryPromptCache(Clock.systemUTC()), Optional.empty(), Clock.systemUTC(),
                new RecordIds(Clock.systemUTC())), new CorsPolicy(List.of()));
    }

    private APIGatewayProxyResponseEvent post(String body) {
        return handler(history).handleRequest(json("POST", "/api/prompts", body), null);
    }

    @Test
    void generatesAnEnglishPromptAndStoresTheGeneration() throws Exception {
        APIGatewayProxyResponseEvent response = post("{\"concept\":\"눈 내리는 산타마을\"}");

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.getBody());
        assertThat(body.get("language").asText()).isEqualTo("ko");
        assertThat(body.get("prompt").asText()).containsIgnoringCase("snow").containsIgnoringCase("santa");
        assertThat(body.get("negativePrompt").asText()).isNotBlank();
        assertThat(body.get("trace").isArray()).isTrue();
        assertThat(body.get("cached").asBoolean()).isFalse();
        assertThat(body.get("stored").asBoolean()).isTrue();
        String id = body.get("id").asText();
        assertThat(RecordIds.isValid(id)).isTrue();
        assertThat(history.findGeneration(id)).map(GenerationRecord::result)
                .hasValueSatisfying(r -> assertThat(r.prompt()).isEqualTo(body.get("prompt").asText()));
    }

    @Test
    void missingEmptyOrNonStringConceptIs400() {
        for (String body : List.of("{}", "{\"concept\":\"   \"}", "{\"concept\":null}", "{\"concept\":{\"$gt\":\"\"}}",
                "{\"concept\":42}", "{\"concept\":[\"a\"]}", "{\"concept\":true}")) {
            APIGatewayProxyResponseEvent response = post(body);
            assertThat(response.getStatusCode()).as(body).isEqualTo(400);
        }
        assertThat(history.findGeneration("x")).isEmpty();
    }

    @Test
    void conceptOver500CharactersAfterNfcIs413() {
        // 500 precomposed syllables written as 1000 decomposed jamo: NFC brings them back to 500
        String decomposed = java.text.Normalizer.normalize("눈".repeat(500), java.text.Normalizer.Form.NFD);
        assertThat(post("{\"concept\":\"" + decomposed + "\"}").getStatusCode()).isEqualTo(200);

        APIGatewayProxyResponseEvent tooLong = post("{\"concept\":\"" + "눈".repeat(501) + "\"}");
        assertThat(tooLong.getStatusCode()).isEqualTo(413);
        assertThat(tooLong.getBody()).contains("\"code\":\"input_too_long\"");
    }

    @Test
    void unknownOptionsAre400() {
        assertThat(post("{\"concept\":\"고양이\",\"options\":{\"style\":\"anime\"}}").getStatusCode()).isEqualTo(400);
        assertThat(post("{\"concept\":\"고양이\",\"options\":{\"rewrite\":false}}").getStatusCode()).isEqualTo(200);
    }

    @Test
    void historyDownStillGeneratesAndSaysItWasNotStored() throws Exception {
        HistoryRepository down = (HistoryRepository) java.lang.reflect.Proxy.newProxyInstance(
                HistoryRepository.class.getClassLoader(), new Class<?>[] {HistoryRepository.class}, (proxy, method, args) -> {
                    throw new DependencyUnavailableException("mongo", new RuntimeException("down"));
                });
        APIGatewayProxyResponseEvent response = handler(down).handleRequest(
                json("POST", "/api/prompts", "{\"concept\":\"a red sports car drifting at night\"}"), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.getBody());
        assertThat(body.get("stored").asBoolean()).isFalse();
        assertThat(body.get("prompt").asText()).containsIgnoringCase("sports car").containsIgnoringCase("drift");
    }

    @Test
    void theTargetPresetShapesThePromptAndAnUnknownOneIs400NamingTheAllowedValues() throws Exception {
        JsonNode generic = JSON.readTree(post("{\"concept\":\"a red fox running through snow at dawn\"}").getBody());
        JsonNode ltx = JSON.readTree(post("{\"concept\":\"a red fox running through snow at dawn\","
                + "\"options\":{\"target\":\"ltx\"}}").getBody());

        assertThat(generic.get("target").asText()).isEqualTo("generic");
        assertThat(ltx.get("target").asText()).isEqualTo("ltx");
        assertThat(ltx.get("prompt").asText()).isNotEqualTo(generic.get("prompt").asText()).contains(". ");
        APIGatewayProxyResponseEvent unknown = post("{\"concept\":\"a fox\",\"options\":{\"target\":\"sora\"}}");
        assertThat(unknown.getStatusCode()).isEqualTo(400);
        assertThat(unknown.getBody()).contains("generic, wan, ltx, hunyuan, luma");
    }

    @Test
    void unrecognizedWordsComeWithTheirOffsetsAndCoverageSaysHowMuchWasUnderstood() throws Exception {
        String idea = "a cat and a flumpet laughing on a stage";
        JsonNode body = JSON.readTree(post("{\"concept\":\"" + idea + "\"}").getBody());

        JsonNode word = body.get("unrecognized").get(0);
        assertThat(idea.substring(word.get("start").asInt(), word.get("end").asInt())).isEqualTo(word.get("text").asText());
        assertThat(body.get("coverage").asDouble()).isGreaterThan(0).isLessThan(1);
        assertThat(word.get("text").asText()).isEqualTo("flumpet");
        assertThat(body.get("prompt").asText()).doesNotContainIgnoringCase("flumpet");
        assertThat(body.get("structure").get("actions").get(0).get("verb").asText()).contains("laugh");
    }
}
