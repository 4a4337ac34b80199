package dev.videoagent.handlers.api;

import static dev.videoagent.handlers.ApiEvents.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.videoagent.handlers.http.CorsPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerateHandlerTest {

    private final GenerateHandler handler = new GenerateHandler(new CorsPolicy(List.of()));

    private APIGatewayProxyResponseEvent post(String body) {
        return handler.handleRequest(json("POST", "/api/prompts", body), null);
    }

    @Test
    void missingOrBlankConceptIsAValidationError() {
        for (String body : List.of("{}", "{\"concept\":\"   \"}", "{\"concept\":null}")) {
            APIGatewayProxyResponseEvent response = post(body);
            assertThat(response.getStatusCode()).as(body).isEqualTo(400);
            assertThat(response.getBody()).contains("\"code\":\"validation_failed\"").contains("concept");
        }
    }

    @Test
    void tooLongConceptIsAValidationError() {
        APIGatewayProxyResponseEvent response = post("{\"concept\":\"" + "눈".repeat(1001) + "\"}");
        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).contains("longer than 1000");
    }

    @Test
    void validRequestIsAnswered501UntilThePromptEngineExists() {
        APIGatewayProxyResponseEvent response = post("{\"concept\":\"눈 내리는 산타마을\",\"options\":{}}");
        assertThat(response.getStatusCode()).isEqualTo(501);
        assertThat(response.getBody()).contains("\"code\":\"not_implemented\"");
    }
}
