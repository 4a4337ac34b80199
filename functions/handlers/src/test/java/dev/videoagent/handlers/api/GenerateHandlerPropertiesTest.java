package dev.videoagent.handlers.api;

import static dev.videoagent.handlers.ApiEvents.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.core.model.RecordIds;
import dev.videoagent.core.port.InMemoryHistoryRepository;
import dev.videoagent.core.port.InMemoryPromptCache;
import dev.videoagent.core.usecase.GeneratePrompt;
import dev.videoagent.handlers.http.CorsPolicy;
import dev.videoagent.nori.PromptEngines;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Whatever a client sends as the idea, the API answers 200 or a 4xx with the error JSON, never a 5xx. */
class GenerateHandlerPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GenerateHandler HANDLER = new GenerateHandler(new GeneratePrompt(
            PromptEngines.createDefault(), new InMemoryHistoryRepository(), new InMemoryPromptCache(Clock.systemUTC()), Optional.empty(), Clock.systemUTC(),
            new RecordIds(Clock.systemUTC())), new CorsPolicy(List.of()));

    @Property(tries = 300)
    void anyConceptStringGets200OrA4xx(@ForAll @StringLength(max = 700) String concept) throws Exception {
        String body = JSON.writeValueAsString(Map.of("concept", concept));
        APIGatewayProxyResponseEvent response = HANDLER.handleRequest(json("POST", "/api/prompts", body), null);

        assertThat(response.getStatusCode()).isIn(200, 400, 413);
        if (response.getStatusCode() == 200) {
            assertThat(JSON.readTree(response.getBody()).get("prompt").asText()).isNotBlank().doesNotContainPattern("[가-힣]");
        } else {
            assertThat(JSON.readTree(response.getBody()).get("error").get("code").asText()).isNotBlank();
        }
    }

    @Property(tries = 200)
    void anyRawBodyGetsA4xxOr200(@ForAll @StringLength(max = 300) String body) {
        APIGatewayProxyResponseEvent response = HANDLER.handleRequest(json("POST", "/api/prompts", body), null);
        assertThat(response.getStatusCode()).isIn(200, 400, 413);
    }
}
