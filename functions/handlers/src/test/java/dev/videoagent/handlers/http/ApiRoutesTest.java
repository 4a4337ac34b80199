package dev.videoagent.handlers.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.core.config.ConfigException;
import dev.videoagent.core.config.EnvVar;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ApiRoutesTest {

    @Test
    void everyHandlerKindIsRoutedAndNoRouteIsListedTwice() {
        assertThat(ApiRoutes.ALL.stream().map(ApiRoute::handler).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(HandlerKind.values());
        assertThat(ApiRoutes.ALL.stream().map(r -> r.method() + " " + r.resourcePath()))
                .doesNotHaveDuplicates();
    }

    @Test
    void everyKindIsFoundByTheNameTheStackPutsInRouteKind() {
        for (HandlerKind kind : HandlerKind.values()) {
            assertThat(HandlerKind.fromEnv(Map.of(EnvVar.ROUTE_KIND, kind.functionName()))).isEqualTo(kind);
        }
    }

    @Test
    void aMissingOrUnknownRouteKindFailsAtStartUpNamingTheVariable() {
        assertThatThrownBy(() -> HandlerKind.fromEnv(Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ROUTE_KIND: is required");
        assertThatThrownBy(() -> HandlerKind.fromEnv(Map.of(EnvVar.ROUTE_KIND, "GENERATE")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("must be one of health, generate");
    }

    @Test
    void functionNamesAreUniqueAndUsableAsLambdaNames() {
        assertThat(Arrays.stream(HandlerKind.values()).map(HandlerKind::functionName))
                .doesNotHaveDuplicates()
                .allMatch(name -> name.matches("[a-z][a-z0-9-]{1,40}"));
    }

    @Test
    void theDesignRoutesThatExistAreServed() {
        assertThat(ApiRoutes.ALL).contains(
                new ApiRoute("GET", "/api/health", HandlerKind.HEALTH),
                new ApiRoute("POST", "/api/prompts", HandlerKind.GENERATE),
                new ApiRoute("POST", "/api/diffs", HandlerKind.DIFF),
                new ApiRoute("GET", "/api/history", HandlerKind.HISTORY),
                new ApiRoute("GET", "/api/suggestions", HandlerKind.SUGGEST),
                new ApiRoute("ANY", "/api/{proxy+}", HandlerKind.ROUTE_NOT_FOUND));
    }
}
