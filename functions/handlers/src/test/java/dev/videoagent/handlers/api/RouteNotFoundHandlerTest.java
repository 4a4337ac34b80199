package dev.videoagent.handlers.api;

import static dev.videoagent.handlers.ApiEvents.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.videoagent.handlers.http.CorsPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteNotFoundHandlerTest {

    private final RouteNotFoundHandler handler = new RouteNotFoundHandler(new CorsPolicy(List.of()));

    @Test
    void unknownPathIs404() {
        APIGatewayProxyResponseEvent response = handler.handleRequest(request("GET", "/api/unknown"), null);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(response.getBody()).contains("\"code\":\"not_found\"").contains("GET /api/unknown");
    }

    @Test
    void knownPathWithTheWrongMethodIs405WithAllow() {
        APIGatewayProxyResponseEvent response = handler.handleRequest(request("GET", "/api/prompts"), null);

        assertThat(response.getStatusCode()).isEqualTo(405);
        assertThat(response.getHeaders()).containsEntry("Allow", "POST");
        assertThat(response.getBody()).contains("\"code\":\"method_not_allowed\"");
    }
}
