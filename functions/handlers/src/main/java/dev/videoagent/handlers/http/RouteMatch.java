package dev.videoagent.handlers.http;

import java.util.List;
import java.util.Map;

/** What the route table says about a method and path. */
public sealed interface RouteMatch {

    /** A route serves this method and path; {@code pathParameters} holds the template's values. */
    record Found(ApiRoute route, Map<String, String> pathParameters) implements RouteMatch {
        public Found {
            pathParameters = Map.copyOf(pathParameters);
        }
    }

    /** The path exists but not for this method. */
    record MethodNotAllowed(List<String> allowed) implements RouteMatch {
        public MethodNotAllowed {
            allowed = List.copyOf(allowed);
        }
    }

    record NotFound() implements RouteMatch {
    }
}
