package dev.videoagent.handlers.api;

import static dev.videoagent.handlers.ApiEvents.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.videoagent.core.config.RenderBackendsConfig;
import dev.videoagent.core.port.HealthProbe;
import dev.videoagent.core.usecase.HealthService;
import dev.videoagent.handlers.http.CorsPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthHandlerTest {

    private static HealthProbe probe(String name, boolean up) {
        return HealthProbe.of(name, () -> {
            if (!up) {
                throw new IllegalStateException(name + " refused the connection");
            }
        });
    }

    private static APIGatewayProxyResponseEvent call(boolean mongo, boolean redis, boolean s3) {
        return call(mongo, redis, s3, RenderBackendsConfig.PROCEDURAL_ONLY);
    }

    private static APIGatewayProxyResponseEvent call(boolean mongo, boolean redis, boolean s3,
                                                     RenderBackendsConfig backends) {
        try (HealthService health = new HealthService(List.of(probe("mongo", mongo), probe("redis", redis),
                probe("s3", s3)), Duration.ofSeconds(1))) {
            return new HealthHandler(health, backends, new CorsPolicy(List.of())).handleRequest(
                    request("GET", "/api/health"), null);
        }
    }

    @Test
    void theBackendsARenderMayAskForAreListedTheDefaultFirst() {
        RenderBackendsConfig backends = RenderBackendsConfig.fromEnv(java.util.Map.of("RENDER_BACKEND", "comfyui",
                "RENDER_BACKENDS", "procedural,comfyui"));

        assertThat(call(true, true, true, backends).getBody()).endsWith("\"renderBackends\":[\"comfyui\",\"procedural\"]}");
    }

    @Test
    void allUpIs200Ok() {
        APIGatewayProxyResponseEvent response = call(true, true, true);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody())
                .isEqualTo("{\"status\":\"ok\",\"dependencies\":{\"mongo\":\"up\",\"redis\":\"up\",\"s3\":\"up\"},"
                        + "\"limits\":\"enforced\",\"renderBackends\":[\"procedural\"]}");
    }

    @Test
    void oneDownIs503WithThatDependencyMarkedDown() {
        APIGatewayProxyResponseEvent response = call(true, false, true);

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getBody()).isEqualTo(
                "{\"status\":\"degraded\",\"dependencies\":{\"mongo\":\"up\",\"redis\":\"down\",\"s3\":\"up\"},"
                        + "\"limits\":\"renders-refused\",\"renderBackends\":[\"procedural\"]}");
    }
}
