package dev.videoagent.handlers.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteMatcherTest {

    private final RouteMatcher matcher = new RouteMatcher(List.of(
            new ApiRoute("POST", "/api/renders", HandlerKind.GENERATE),
            new ApiRoute("GET", "/api/renders/{jobId}", HandlerKind.HEALTH),
            new ApiRoute("GET", "/api/renders/latest", HandlerKind.GENERATE),
            new ApiRoute("ANY", "/api/{proxy+}", HandlerKind.ROUTE_NOT_FOUND)));

    @Test
    void bindsPathParameters() {
        RouteMatch match = matcher.match("GET", "/api/renders/job-42");

        assertThat(match).isInstanceOf(RouteMatch.Found.class);
        RouteMatch.Found found = (RouteMatch.Found) match;
        assertThat(found.route().resourcePath()).isEqualTo("/api/renders/{jobId}");
        assertThat(found.pathParameters()).isEqualTo(Map.of("jobId", "job-42"));
    }

    @Test
    void literalSegmentBeatsParameter() {
        RouteMatch.Found found = (RouteMatch.Found) matcher.match("GET", "/api/renders/latest");

        assertThat(found.route().resourcePath()).isEqualTo("/api/renders/latest");
        assertThat(found.pathParameters()).isEmpty();
    }

    @Test
    void wrongMethodOnAKnownPathIsMethodNotAllowedWithTheAllowedMethods() {
        assertThat(matcher.matchExplicit("DELETE", "/api/renders"))
                .isEqualTo(new RouteMatch.MethodNotAllowed(List.of("POST")));
    }

    @Test
    void unknownPathFallsToTheGreedyRouteWithTheRestOfThePath() {
        RouteMatch.Found found = (RouteMatch.Found) matcher.match("GET", "/api/nothing/here");

        assertThat(found.route().handler()).isEqualTo(HandlerKind.ROUTE_NOT_FOUND);
        assertThat(found.pathParameters()).isEqualTo(Map.of("proxy", "nothing/here"));
        assertThat(matcher.matchExplicit("GET", "/api/nothing/here")).isInstanceOf(RouteMatch.NotFound.class);
    }

    @Test
    void emptyParameterSegmentDoesNotMatch() {
        assertThat(matcher.matchExplicit("GET", "/api/renders/")).isInstanceOf(RouteMatch.MethodNotAllowed.class);
        assertThat(matcher.matchExplicit("GET", "/api/renders//x")).isInstanceOf(RouteMatch.NotFound.class);
    }

    @Test
    void pathsOutsideTheGreedyPrefixAreNotFound() {
        assertThat(matcher.match("GET", "/other")).isInstanceOf(RouteMatch.NotFound.class);
    }
}
