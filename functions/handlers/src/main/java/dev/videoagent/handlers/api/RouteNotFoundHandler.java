package dev.videoagent.handlers.api;

import dev.videoagent.handlers.http.ApiException;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.ApiRequest;
import dev.videoagent.handlers.http.ApiResult;
import dev.videoagent.handlers.http.ApiRoutes;
import dev.videoagent.handlers.http.CorsPolicy;
import dev.videoagent.handlers.http.RouteMatch;
import dev.videoagent.handlers.http.RouteMatcher;
import java.util.Map;

/** The {@code /api/{proxy+}} fallback: a JSON 405 for a known path with the wrong method, else a JSON 404. */
public final class RouteNotFoundHandler extends ApiHandler {

    private static final RouteMatcher ROUTES = new RouteMatcher(ApiRoutes.ALL);

    public RouteNotFoundHandler(CorsPolicy cors) {
        super(cors);
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        RouteMatch match = ROUTES.matchExplicit(request.method(), request.path());
        if (match instanceof RouteMatch.MethodNotAllowed notAllowed) {
            String allow = String.join(", ", notAllowed.allowed());
            throw new ApiException(405, "method_not_allowed",
                    "Method " + request.method() + " is not allowed on " + request.path() + "; use " + allow + ".",
                    Map.of("Allow", allow));
        }
        throw ApiException.notFound("No API route " + request.method() + " " + request.path() + ".");
    }
}
