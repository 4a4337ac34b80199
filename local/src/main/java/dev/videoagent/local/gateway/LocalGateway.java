package dev.videoagent.local.gateway;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.ApiRoute;
import dev.videoagent.handlers.http.ApiRoutes;
import dev.videoagent.handlers.http.CorsPolicy;
import dev.videoagent.handlers.http.HandlerKind;
import dev.videoagent.handlers.http.JsonCodec;
import dev.videoagent.handlers.http.RouteMatch;
import dev.videoagent.handlers.http.RouteMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The local stand-in for API Gateway and CloudFront: serves {@code web-static/} at {@code /} and
 * hands {@code /api/*} requests to the Lambda handler classes as real proxy events.
 */
public final class LocalGateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalGateway.class);

    /** The local stand-in for presigned S3 links: {@code /media/<key>}. */
    public static final String MEDIA_PREFIX = "/media/";

    /** API Gateway's own payload limit; the handlers apply the API's smaller one. */
    static final int MAX_REQUEST_BYTES = 10 * 1024 * 1024;

    private static final String PAGE_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "media-src 'self' blob:; style-src 'self'; script-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    private final HttpServer server;
    private final ExecutorService executor;
    private final RouteMatcher routes = new RouteMatcher(ApiRoutes.ALL);
    private final Map<HandlerKind, RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> handlers;
    private final ApiRoute fallbackRoute;
    private final CorsPolicy cors;
    private final StaticFiles files;

    private final MediaFiles media;
    private final Runnable writeBarrier;
    private final AllowedHosts hosts;

    private LocalGateway(HttpServer server, ExecutorService executor,
                         Map<HandlerKind, RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> handlers,
                         CorsPolicy cors, Path webRoot, MediaFiles media, Runnable writeBarrier, AllowedHosts hosts) {
        this.server = server;
        this.media = media;
        this.writeBarrier = writeBarrier;
        this.hosts = hosts;
        this.executor = executor;
        this.handlers = new EnumMap<>(handlers);
        this.cors = cors;
        this.files = new StaticFiles(webRoot);
        this.fallbackRoute = ApiRoutes.ALL.stream().filter(r -> r.handler() == HandlerKind.ROUTE_NOT_FOUND)
                .findFirst().orElseThrow();
        for (ApiRoute route : ApiRoutes.ALL) {
            if (!this.handlers.containsKey(route.handler())) {
                throw new IllegalArgumentException("no handler for " + route);
            }
        }
    }

    public static LocalGateway start(String host, int port, Path webRoot, CorsPolicy cors,
                                     Map<HandlerKind, RequestHandler<APIGatewayProxyRequestEvent,
                                             APIGatewayProxyResponseEvent>> handlers) throws IOException {
        return start(host, port, webRoot, cors, handlers, key -> Optional.empty(), () -> { }, AllowedHosts.of(null));
    }

    public static LocalGateway start(String host, int port, Path webRoot, CorsPolicy cors,
                                     Map<HandlerKind, RequestHandler<APIGatewayProxyRequestEvent,
                                             APIGatewayProxyResponseEvent>> handlers, MediaFiles media,
                                     Runnable writeBarrier, AllowedHosts hosts) throws IOException {
        // the JDK server writes headers and body apart; with Nagle on, the client's delayed ACK adds 40 ms
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 128);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(32, runnable -> {
            Thread thread = new Thread(runnable, "gateway-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        LocalGateway gateway = new LocalGateway(server, executor, handlers, cors, webRoot, media, writeBarrier, hosts);
        server.createContext("/", gateway::serve);
        server.setExecutor(executor);
        server.start();
        LOG.info("gateway: listening on http://{}:{} (page from {})", host, gateway.port(), gateway.files.root());
        return gateway;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (!hosts.allows(exchange.getRequestHeaders().getFirst("Host"))) {
                // DNS rebinding: a page on another site resolved its own name to this machine
                sendApiError(exchange, 421, "misdirected_request", "This server answers to localhost only; set "
                        + dev.videoagent.core.config.EnvVar.LOCAL_ALLOWED_HOSTS + " to add a name.",
                        UUID.randomUUID().toString(), null);
            } else if (path.equals("/api") || path.startsWith("/api/")) {
                serveApi(exchange);
            } else if (path.startsWith(MEDIA_PREFIX)) {
                MediaRoute.serve(exchange, path.substring(MEDIA_PREFIX.length()), media);
            } else {
                serveFile(exchange);
            }
        } catch (IOException e) {
            LOG.debug("gateway: client went away: {}", e.toString());
        } catch (RuntimeException e) {
            LOG.error("gateway: unexpected failure", e);
        }
    }

    private void serveApi(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        String method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (method.equals("OPTIONS")) {
            Map<String, String> headers = new LinkedHashMap<>(cors.preflightHeadersFor(origin));
            headers.put(ApiHandler.REQUEST_ID_HEADER, requestId);
            GatewayIo.send(exchange, 204, headers, new byte[0]);
            return;
        }
        Optional<byte[]> body = GatewayIo.readBody(exchange.getRequestBody(), MAX_REQUEST_BYTES);
        if (body.isEmpty()) {
            sendApiError(exchange, 413, "payload_too_large",
                    "Request body is larger than " + MAX_REQUEST_BYTES + " bytes.", requestId, origin);
            return;
        }
        String rawPath = exchange.getRequestURI().getRawPath();
        RouteMatch match = routes.match(method, rawPath);
        ApiRoute route = fallbackRoute;
        Map<String, String> pathParameters = Map.of("proxy", rawPath.length() > 5 ? rawPath.substring(5) : "");
        if (match instanceof RouteMatch.Found found) {
            route = found.route();
            pathParameters = found.pathParameters();
        }
        InetSocketAddress remote = exchange.getRemoteAddress();
        APIGatewayProxyRequestEvent event;
        try {
            event = ApiGatewayEventFactory.create(
                    new ApiGatewayEventFactory.HttpRequest(method, rawPath, exchange.getRequestURI().getRawQuery(),
                            exchange.getRequestHeaders(), body.get(),
                            remote == null ? "127.0.0.1" : remote.getAddress().getHostAddress()),
                    route, pathParameters, requestId, Instant.now());
        } catch (ApiGatewayEventFactory.NotUtf8Exception e) {
            sendApiError(exchange, 400, "bad_request", "The request's path or query is not valid UTF-8.", requestId,
                    origin);
            return;
        }
        APIGatewayProxyResponseEvent response;
        try {
            response = handlers.get(route.handler()).handleRequest(event, null);
        } catch (RuntimeException e) {
            MDC.put(ApiHandler.MDC_REQUEST_ID, requestId);
            LOG.error("gateway: handler {} failed", route.handler(), e);
            MDC.remove(ApiHandler.MDC_REQUEST_ID);
            sendApiError(exchange, 500, "internal_error", "An unexpected error occurred.", requestId, origin);
            return;
        }
        int status = response.getStatusCode() == null ? 502 : response.getStatusCode();
        if (status < 300 && !method.equals("GET") && !method.equals("HEAD")) {
            writeBarrier.run(); // a 2xx on a write is a promise: what it changed is on disk first
        }
        writeResponse(exchange, response);
    }

    private void writeResponse(HttpExchange exchange, APIGatewayProxyResponseEvent response) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        if (response.getHeaders() != null) {
            headers.putAll(response.getHeaders());
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) -> {
                for (String value : values) {
                    exchange.getResponseHeaders().add(name, value);
                }
            });
        }
        String body = response.getBody() == null ? "" : response.getBody();
        byte[] bytes = Boolean.TRUE.equals(response.getIsBase64Encoded())
                ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        int status = response.getStatusCode() == null ? 502 : response.getStatusCode();
        GatewayIo.send(exchange, status, headers, bytes);
    }

    private void sendApiError(HttpExchange exchange, int status, String code, String message, String requestId,
                              String origin) throws IOException {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("code", code);
        detail.put("message", message);
        detail.put("requestId", requestId);
        Map<String, String> headers = new LinkedHashMap<>(cors.headersFor(origin));
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put(ApiHandler.REQUEST_ID_HEADER, requestId);
        GatewayIo.send(exchange, status, headers, JsonCodec.write(Map.of("error", detail)).getBytes(StandardCharsets.UTF_8));
    }

    private void serveFile(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            GatewayIo.send(exchange, 405, Map.of("Allow", "GET, HEAD", "Content-Type", "text/plain; charset=utf-8"),
                    "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = ApiGatewayEventFactory.percentDecode(exchange.getRequestURI().getRawPath());
        Optional<Path> file = files.resolve(path);
        if (file.isEmpty()) {
            GatewayIo.send(exchange, 404, Map.of("Content-Type", "text/plain; charset=utf-8"),
                    ("Not found: " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String type = StaticFiles.contentType(file.get());
        headers.put("Content-Type", type);
        headers.put("Cache-Control", "no-cache");
        headers.put("X-Content-Type-Options", "nosniff");
        if (type.startsWith("text/html")) {
            headers.put("Content-Security-Policy", PAGE_SECURITY_POLICY);
            headers.put("Referrer-Policy", "no-referrer");
        }
        long size = Files.size(file.get());
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Long.toString(size));
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, size);
        try (OutputStream out = exchange.getResponseBody()) {
            Files.copy(file.get(), out);
        }
    }


    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        LOG.info("gateway: stopped");
    }

}
