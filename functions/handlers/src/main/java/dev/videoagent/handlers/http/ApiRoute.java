package dev.videoagent.handlers.http;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One API Gateway REST route: an HTTP method (or {@code ANY}) on a resource path such as
 * {@code /api/renders/{jobId}} or {@code /api/{proxy+}}.
 */
public record ApiRoute(String method, String resourcePath, HandlerKind handler) {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "ANY");

    public ApiRoute {
        Objects.requireNonNull(handler, "handler");
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("unsupported method " + method);
        }
        if (!resourcePath.startsWith("/") || resourcePath.endsWith("/")) {
            throw new IllegalArgumentException("resource path must start and not end with '/': " + resourcePath);
        }
    }

    public List<String> segments() {
        return List.of(resourcePath.substring(1).split("/"));
    }

    public boolean isGreedy() {
        return resourcePath.endsWith("+}");
    }
}
