package dev.videoagent.local.gateway;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.ApiRoute;
import dev.videoagent.handlers.http.ApiRoutes;
import dev.videoagent.handlers.http.CorsPolicy;
import dev.videoagent.handlers.http.HandlerKind;
import dev.videoagent.handlers.http.RouteMatch;
import dev.videoagent.handlers.http.RouteMatcher;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * {@code /api/*}: what API Gateway does for a REST API with Lambda proxy integrations. The request becomes a
 * proxy event, the route's handler answers it, and a 2xx to a write waits for the write barrier first.
 */
final class ApiProxy {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProxy.class);

    /** API Gateway's own payload limit; the handlers apply the API's smaller one. */
    static final int MAX_REQUEST_BYTES = 10 * 1024 * 1024;

    private final RouteMatcher routes = new RouteMatcher(ApiRoutes.ALL);
    private final Map<HandlerKind, RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> handlers;
    private final ApiRoute fallbackRoute;
    private final CorsPolicy cors;
    private final Runnable writeBarrier;
    private final GatewayErrors errors;
    private final GatewayAuthorizer authorizer;

    ApiProxy(Map<HandlerKind, RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> handlers,
             CorsPolicy cors, Runnable writeBarrier, GatewayErrors errors, GatewayAuthorizer authorizer) {
        this.authorizer = authorizer;
        this.handlers = new EnumMap<>(handlers);
        this.cors = cors;
        this.writeBarrier = writeBarrier;
        this.errors = errors;
        this.fallbackRoute = ApiRoutes.ALL.stream().filter(r -> r.handler() == HandlerKind.ROUTE_NOT_FOUND)
                .findFirst().orElseThrow();
        for (ApiRoute route : ApiRoutes.ALL) {
            if (!this.handlers.containsKey(route.handler())) {
                throw new IllegalArgumentException("no handler for " + route);
            }
        }
    }

    void serve(Request request, Response response, Callback callback, String requestId) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (method.equals("OPTIONS")) {
            Map<String, String> headers = new LinkedHashMap<>(cors.preflightHeadersFor(origin));
            headers.put(ApiHandler.REQUEST_ID_HEADER, requestId);
            GatewayIo.send(request, response, callback, 204, headers, new byte[0]);
            return;
        }
        GatewayIo.readBody(request, MAX_REQUEST_BYTES).whenComplete((body, failure) -> {
            try {
                if (failure != null) {
                    bodyFailed(request, response, callback, requestId, failure);
                } else if (body.isEmpty()) {
                    errors.send(request, response, callback, 413, "payload_too_large",
                            "Request body is larger than " + MAX_REQUEST_BYTES + " bytes.", requestId, Map.of());
                } else {
                    call(request, response, callback, method, body.get(), requestId);
                }
            } catch (RuntimeException e) {
                callback.failed(e); // Jetty's error handler, GatewayErrors, answers a 500
            }
        });
    }

    /** A client that went silent mid-body gets a 408 before the connection closes; one that went away, nothing. */
    private void bodyFailed(Request request, Response response, Callback callback, String requestId,
                            Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof TimeoutException) {
            errors.send(request, response, callback, 408, requestId, Map.of("Connection", "close"));
        } else {
            LOG.debug("gateway: request body not read: {}", cause.toString());
            callback.failed(cause);
        }
    }

    private void call(Request request, Response response, Callback callback, String method, byte[] body,
                      String requestId) {
        String rawPath = request.getHttpURI().getPath();
        RouteMatch match = routes.match(method, rawPath);
        ApiRoute route = fallbackRoute;
        Map<String, String> pathParameters = Map.of("proxy", rawPath.length() > 5 ? rawPath.substring(5) : "");
        if (match instanceof RouteMatch.Found found) {
            route = found.route();
            pathParameters = found.pathParameters();
        }
        String remote = Request.getRemoteAddr(request);
        Map<String, List<String>> headers = GatewayIo.headers(request);
        Optional<Map<String, String>> claims = Optional.empty();
        if (route.handler() != HandlerKind.HEALTH) { // the one method the stack leaves without the authorizer
            claims = authorizer.claims(headers);
            if (claims.isEmpty()) {
                errors.send(request, response, callback, 401, "unauthorized",
                        "Sign in to use this: the request carries no valid token.", requestId,
                        Map.of("WWW-Authenticate", "Bearer"));
                return;
            }
        }
        APIGatewayProxyRequestEvent event;
        try {
            event = ApiGatewayEventFactory.create(new ApiGatewayEventFactory.HttpRequest(method, rawPath,
                            request.getHttpURI().getQuery(), headers, body, remote == null ? "127.0.0.1" : remote),
                    route, pathParameters, requestId, Instant.now(), claims);
        } catch (ApiGatewayEventFactory.NotUtf8Exception e) {
            errors.send(request, response, callback, 400, "bad_request",
                    "The request's path or query is not valid UTF-8.", requestId, Map.of());
            return;
        }
        APIGatewayProxyResponseEvent answer;
        try {
            answer = handlers.get(route.handler()).handleRequest(event, null);
        } catch (RuntimeException e) {
            MDC.put(ApiHandler.MDC_REQUEST_ID, requestId);
            LOG.error("gateway: handler {} failed", route.handler(), e);
            MDC.remove(ApiHandler.MDC_REQUEST_ID);
            errors.send(request, response, callback, 500, requestId, Map.of());
            return;
        }
        int status = answer.getStatusCode() == null ? 502 : answer.getStatusCode();
        if (status < 300 && !method.equals("GET") && !method.equals("HEAD")) {
            try {
                writeBarrier.run(); // a 2xx on a write is a promise: what it changed is on disk first
            } catch (RuntimeException e) {
                MDC.put(ApiHandler.MDC_REQUEST_ID, requestId);
                LOG.error("gateway: the writes of {} could not be made durable", route.handler(), e);
                MDC.remove(ApiHandler.MDC_REQUEST_ID);
                errors.send(request, response, callback, 503, "dependency_unavailable",
                        "The change could not be saved to disk; try again.", requestId, Map.of());
                return;
            }
        }
        write(request, response, callback, status, answer);
    }

    private static void write(Request request, Response response, Callback callback, int status,
                              APIGatewayProxyResponseEvent answer) {
        Map<String, String> headers = answer.getHeaders() == null ? Map.of() : answer.getHeaders();
        if (answer.getMultiValueHeaders() != null) {
            HttpFields.Mutable fields = response.getHeaders();
            answer.getMultiValueHeaders().forEach((name, values) -> {
                fields.remove(name); // as API Gateway does: the handler's values replace the gateway's
                values.forEach(value -> fields.add(name, value));
            });
        }
        String body = answer.getBody() == null ? "" : answer.getBody();
        byte[] bytes = Boolean.TRUE.equals(answer.getIsBase64Encoded())
                ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        GatewayIo.send(request, response, callback, status, headers, bytes);
    }
}
