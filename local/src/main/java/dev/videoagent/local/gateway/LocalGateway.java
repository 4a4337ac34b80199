package dev.videoagent.local.gateway;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.videoagent.core.config.EnvVar;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.CorsPolicy;
import dev.videoagent.handlers.http.HandlerKind;
import dev.videoagent.handlers.http.JsonCodec;
import java.io.IOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stand-in for API Gateway and CloudFront, on embedded Jetty: serves {@code web-static/} at {@code /},
 * the rendered media at {@code /media/} and hands {@code /api/*} requests to the Lambda handler classes as real
 * proxy events. Every answer carries a request id and {@code nosniff}; every error it makes itself is JSON.
 */
public final class LocalGateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalGateway.class);

    /** The local stand-in for presigned S3 links: {@code /media/<key>}. */
    public static final String MEDIA_PREFIX = "/media/";

    /** The request line and headers together (API Gateway allows 10 KiB of headers); more is a 414 or a 431. */
    static final int MAX_HEADER_BYTES = 16 * 1024;

    /** Handlers block (Mongo, the write barrier's fsync); bodies and headers are read without a thread waiting. */
    private static final int THREADS = 32;
    /** What is worth compressing: the page's text and the API's JSON. */
    static final String[] COMPRESSED_TYPES = {"text/html", "text/css", "text/javascript", "application/json",
        "image/svg+xml", "text/plain"};
    /** Below this a gzip frame costs more than it saves. */
    private static final int MIN_COMPRESSED_BYTES = 512;

    /** The page's policy; {@code %s} is where it may connect besides itself (the token endpoint, with users). */
    private static final String PAGE_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "media-src 'self' blob:; style-src 'self'; script-src 'self'; connect-src 'self'%s; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    private final Server server;
    private final ServerConnector connector;
    private final AllowedHosts hosts;
    private final ApiProxy api;
    private final MediaRoute media;
    private final StaticFiles files;
    private final GatewayErrors errors;
    private final byte[] authConfig;
    private final String pageSecurityPolicy;

    private LocalGateway(Server server, ServerConnector connector, AllowedHosts hosts, ApiProxy api, MediaRoute media,
                         StaticFiles files, GatewayErrors errors, GatewayAuth auth) {
        this.authConfig = JsonCodec.write(auth.pageConfig()).getBytes(StandardCharsets.UTF_8);
        this.pageSecurityPolicy = PAGE_SECURITY_POLICY.formatted(auth.tokenOrigin().map(o -> " " + o).orElse(""));
        this.server = server;
        this.connector = connector;
        this.hosts = hosts;
        this.api = api;
        this.media = media;
        this.files = files;
        this.errors = errors;
    }

    public static LocalGateway start(String host, int port, Path webRoot, CorsPolicy cors,
                                     Map<HandlerKind, RequestHandler<APIGatewayProxyRequestEvent,
                                             APIGatewayProxyResponseEvent>> handlers, MediaFiles mediaFiles,
                                     Runnable writeBarrier, AllowedHosts hosts, GatewayLimits limits,
                                     GatewayAuth auth)
            throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(THREADS, 2);
        threads.setName("gateway");
        threads.setDaemon(true);
        Server server = new Server(threads, new ScheduledExecutorScheduler("gateway-timer", true), null);
        GatewayErrors errors = new GatewayErrors(cors, MAX_HEADER_BYTES);
        ConnectionGuard guard = new ConnectionGuard(limits, server.getScheduler());

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        // the handler runs when the headers are in, so a connection counts as waiting only while they are not
        http.setDelayDispatchUntilContent(false);
        // API Gateway hands the raw path to the integration: so does this gateway, which routes on it and checks
        // escapes and UTF-8 itself; Jetty's ambiguity rules protect servlet mappings, of which there are none here
        http.setUriCompliance(UriCompliance.UNSAFE);
        http.addCustomizer(guard);

        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setAcceptQueueSize(128);
        // headers and body go out in separate writes; with Nagle on, the client's delayed ACK adds 40 ms
        connector.setAcceptedTcpNoDelay(true);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.addEventListener(guard);
        server.addConnector(connector);

        LocalGateway gateway = new LocalGateway(server, connector, hosts, new ApiProxy(handlers, cors, writeBarrier,
                errors, auth.authorizer()), new MediaRoute(mediaFiles, errors), new StaticFiles(webRoot), errors, auth);
        // text is sent gzipped to the clients that take it, as CloudFront does for the page; videos never are
        GzipHandler gzip = new GzipHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                gateway.serve(request, response, callback);
                return true;
            }
        });
        gzip.setIncludedMimeTypes(COMPRESSED_TYPES);
        gzip.setMinGzipSize(MIN_COMPRESSED_BYTES);
        server.setHandler(gzip);
        server.setErrorHandler(errors);
        try {
            server.start();
        } catch (Exception e) {
            gateway.close();
            throw asIoException(e);
        }
        LOG.info("gateway: listening on http://{}:{} (page from {}; header timeout {} ms, idle timeout {} ms, "
                        + "{} connections per client)", host, gateway.port(), gateway.files.root(),
                limits.headerTimeout().toMillis(), limits.idleTimeout().toMillis(), limits.maxConnectionsPerClient());
        return gateway;
    }

    /** A port in use is the BindException itself, which {@code serve} explains; Jetty wraps it. */
    private static IOException asIoException(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException bind) {
                return bind;
            }
        }
        return e instanceof IOException io ? io : new IOException("gateway: cannot start: " + e, e);
    }

    public int port() {
        return connector.getLocalPort();
    }

    private void serve(Request request, Response response, Callback callback) {
        String requestId = UUID.randomUUID().toString();
        request.setAttribute(GatewayErrors.REQUEST_ID_ATTRIBUTE, requestId);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(ApiHandler.REQUEST_ID_HEADER, requestId);
        headers.put("X-Content-Type-Options", "nosniff");
        String path = request.getHttpURI().getPath() == null ? "" : request.getHttpURI().getPath();
        if (!hosts.allows(request.getHeaders().get(HttpHeader.HOST))) {
            // DNS rebinding: a page on another site resolved its own name to this machine
            errors.send(request, response, callback, 421, "misdirected_request", "This server answers to localhost "
                    + "only; set " + EnvVar.LOCAL_ALLOWED_HOSTS + " to add a name.", requestId, Map.of());
        } else if (GatewayIo.hasBadEscape(path) || GatewayIo.hasBadEscape(request.getHttpURI().getQuery())) {
            // what the JDK server answered with an HTML page naming URISyntaxException
            errors.send(request, response, callback, 400, "bad_request",
                    "The request's path or query has a '%' that is not followed by two hex digits.", requestId, Map.of());
        } else if (path.equals("/api") || path.startsWith("/api/")) {
            api.serve(request, response, callback, requestId);
        } else if (path.equals(GatewayAuth.PAGE_CONFIG_PATH) && HttpMethod.GET.is(request.getMethod())) {
            GatewayIo.send(request, response, callback, 200, Map.of("Content-Type", "application/json",
                    "Cache-Control", "no-store"), authConfig);
        } else if (path.startsWith(MEDIA_PREFIX)) {
            media.serve(request, response, callback, path.substring(MEDIA_PREFIX.length()), requestId);
        } else {
            serveFile(request, response, callback, path, requestId);
        }
    }

    private void serveFile(Request request, Response response, Callback callback, String path, String requestId) {
        if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
            errors.send(request, response, callback, 405, "method_not_allowed", "Files are read with GET or HEAD.",
                    requestId, Map.of("Allow", "GET, HEAD"));
            return;
        }
        Optional<Path> file;
        try {
            file = files.resolve(ApiGatewayEventFactory.percentDecode(path));
        } catch (ApiGatewayEventFactory.NotUtf8Exception e) {
            errors.send(request, response, callback, 400, "bad_request", "The request's path is not valid UTF-8.",
                    requestId, Map.of());
            return;
        }
        byte[] bytes;
        try {
            bytes = file.isEmpty() ? null : Files.readAllBytes(file.get());
        } catch (IOException e) {
            LOG.warn("gateway: cannot read {}: {}", file.get(), e.toString());
            bytes = null;
        }
        if (bytes == null) {
            errors.send(request, response, callback, 404, "not_found", "No file at this path.", requestId, Map.of());
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String type = StaticFiles.contentType(file.get());
        headers.put("Content-Type", type);
        headers.put("Cache-Control", "no-cache");
        if (type.startsWith("text/html")) {
            headers.put("Content-Security-Policy", pageSecurityPolicy);
            headers.put("Referrer-Policy", "no-referrer");
        }
        GatewayIo.send(request, response, callback, 200, headers, bytes);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("gateway: did not stop cleanly: {}", e.toString());
        }
        LOG.info("gateway: stopped");
    }
}
