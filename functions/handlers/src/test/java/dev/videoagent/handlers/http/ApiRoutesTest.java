package dev.videoagent.handlers.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.Arrays;
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
    void everyHandlerClassIsALambdaEntryPointWithAPublicNoArgConstructor() throws Exception {
        for (HandlerKind kind : HandlerKind.values()) {
            Class<?> type = Class.forName(kind.handlerClass());
            assertThat(ApiHandler.class).as(kind.name()).isAssignableFrom(type);
            // Lambda instantiates the class itself: it must be concrete, public and have a public no-arg constructor
            assertThat(Modifier.isAbstract(type.getModifiers())).as(kind.name()).isFalse();
            assertThat(Modifier.isPublic(type.getModifiers())).as(kind.name()).isTrue();
            assertThat(Arrays.stream(type.getConstructors()).filter(c -> c.getParameterCount() == 0))
                    .as(kind.name() + ": a public no-arg constructor").hasSize(1);
        }
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
