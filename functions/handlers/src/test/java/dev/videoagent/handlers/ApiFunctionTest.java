package dev.videoagent.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.core.config.ConfigException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiFunctionTest {

    private static Map<String, String> env(String kind) {
        Map<String, String> env = new HashMap<>(ServiceWiringTest.ENV);
        env.put("ROUTE_KIND", kind);
        return env;
    }

    @Test
    void theEntryPointServesTheKindItsEnvironmentNames() {
        var notFound = new ApiFunction(env("route-not-found"))
                .handleRequest(ApiEvents.request("GET", "/api/nothing-here"), null);
        assertThat(notFound.getStatusCode()).isEqualTo(404);
        assertThat(notFound.getBody()).contains("\"code\":\"not_found\"");

        // the history function's Mongo is down: its own route answers 503 JSON, not an error page
        var history = new ApiFunction(env("history")).handleRequest(ApiEvents.request("GET", "/api/history"), null);
        assertThat(history.getStatusCode()).isEqualTo(503);
        assertThat(history.getBody()).contains("\"code\":\"dependency_unavailable\"");
    }

    @Test
    void withoutARouteKindTheFunctionFailsAtStartUp() {
        assertThatThrownBy(() -> new ApiFunction(ServiceWiringTest.ENV)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ROUTE_KIND");
    }
}
