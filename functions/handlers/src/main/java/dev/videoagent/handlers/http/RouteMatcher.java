package dev.videoagent.handlers.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Matches a request against the route table the way API Gateway does: literal segments beat
 * {@code {param}} segments, which beat a greedy {@code {proxy+}}. Greedy routes are the table's
 * fallback and are reported separately so callers can answer 404/405 precisely.
 */
public final class RouteMatcher {

    private final List<ApiRoute> routes;

    public RouteMatcher(List<ApiRoute> routes) {
        this.routes = List.copyOf(routes);
    }

    /** Matches explicit (non-greedy) routes only. */
    public RouteMatch matchExplicit(String method, String path) {
        List<String> segments = split(path);
        ApiRoute best = null;
        Map<String, String> bestParams = Map.of();
        int bestScore = -1;
        TreeSet<String> allowed = new TreeSet<>();
        for (ApiRoute route : routes) {
            if (route.isGreedy()) {
                continue;
            }
            Optional<Map<String, String>> params = bind(route.segments(), segments);
            if (params.isEmpty()) {
                continue;
            }
            if (!route.method().equals("ANY") && !route.method().equals(method)) {
                allowed.add(route.method());
                continue;
            }
            int score = literalCount(route);
            if (score > bestScore) {
                best = route;
                bestParams = params.get();
                bestScore = score;
            }
        }
        if (best != null) {
            return new RouteMatch.Found(best, bestParams);
        }
        if (!allowed.isEmpty()) {
            return new RouteMatch.MethodNotAllowed(new ArrayList<>(allowed));
        }
        return new RouteMatch.NotFound();
    }

    /** Matches explicit routes first, then the greedy fallback routes. */
    public RouteMatch match(String method, String path) {
        RouteMatch explicit = matchExplicit(method, path);
        if (explicit instanceof RouteMatch.Found) {
            return explicit;
        }
        List<String> segments = split(path);
        for (ApiRoute route : routes) {
            if (!route.isGreedy()) {
                continue;
            }
            List<String> prefix = route.segments().subList(0, route.segments().size() - 1);
            if (segments.size() > prefix.size() && segments.subList(0, prefix.size()).equals(prefix)) {
                String name = route.segments().get(prefix.size());
                String rest = String.join("/", segments.subList(prefix.size(), segments.size()));
                return new RouteMatch.Found(route, Map.of(name.substring(1, name.length() - 2), rest));
            }
        }
        return explicit;
    }

    private static Optional<Map<String, String>> bind(List<String> template, List<String> segments) {
        if (template.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String expected = template.get(i);
            String actual = segments.get(i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                if (actual.isEmpty()) {
                    return Optional.empty();
                }
                params.put(expected.substring(1, expected.length() - 1), actual);
            } else if (!expected.equals(actual)) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    private static int literalCount(ApiRoute route) {
        return (int) route.segments().stream().filter(s -> !s.startsWith("{")).count();
    }

    private static List<String> split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return List.of(trimmed.split("/", -1));
    }
}
