package dev.videoagent.local.gateway;

import dev.videoagent.handlers.http.ApiError;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.CorsPolicy;
import dev.videoagent.handlers.http.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Every error the gateway answers by itself, in the API's own format ({@link ApiHandler#errorBody}) with a request
 * id: those of its routes (a bad escape, no such file, an unsatisfiable range) and, as Jetty's error handler, those
 * Jetty finds before any route runs (a request line it cannot parse, a URI or headers too long, an HTTP version it
 * does not speak). Never HTML, a stack trace or a class name: the message depends on the status only.
 */
final class GatewayErrors implements Request.Handler {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayErrors.class);

    /** The request attribute holding the id the gateway gave a request, so a later failure answers with the same. */
    static final String REQUEST_ID_ATTRIBUTE = "dev.videoagent.requestId";

    private record Kind(String code, String message) {
    }

    private final CorsPolicy cors;
    private final Map<Integer, Kind> kinds;

    GatewayErrors(CorsPolicy cors, int maxHeaderBytes) {
        this.cors = cors;
        // the codes the handlers use for the same statuses, so a client checks one set of codes
        this.kinds = Map.ofEntries(
                Map.entry(400, new Kind("bad_request", "The request is malformed.")),
                Map.entry(404, new Kind("not_found", "Nothing is served at this path.")),
                Map.entry(405, new Kind("method_not_allowed", "This method is not allowed here.")),
                Map.entry(408, new Kind("request_timeout", "The request did not arrive in time.")),
                Map.entry(413, new Kind("payload_too_large", "The request body is too large.")),
                Map.entry(414, new Kind("uri_too_long",
                        "The URI is too long: the request line and headers may take " + maxHeaderBytes + " bytes.")),
                Map.entry(416, new Kind("range_not_satisfiable", "The requested range is outside the file.")),
                Map.entry(421, new Kind("misdirected_request", "This server does not answer to that host name.")),
                Map.entry(431, new Kind("headers_too_large",
                        "The request headers are too large: the request line and headers may take "
                                + maxHeaderBytes + " bytes.")),
                Map.entry(500, new Kind("internal_error", "An unexpected error occurred.")),
                Map.entry(501, new Kind("not_implemented", "This is not implemented.")),
                Map.entry(503, new Kind("unavailable", "The server is unavailable; please retry shortly.")),
                Map.entry(505, new Kind("http_version_not_supported", "Only HTTP/1.0 and HTTP/1.1 are served here.")));
    }

    /** The id for a request's answer: the one the gateway gave it, else (Jetty rejected it unrouted) a new one. */
    static String requestId(Request request) {
        return request.getAttribute(REQUEST_ID_ATTRIBUTE) instanceof String id ? id : UUID.randomUUID().toString();
    }

    /** Jetty's errors: the status it chose, with our body; Jetty's own reason text may name classes and is dropped. */
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer s ? s : 500;
        String requestId = requestId(request);
        Throwable cause = request.getAttribute(ErrorHandler.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        if (status >= 500 && status != 505) {
            MDC.put(ApiHandler.MDC_REQUEST_ID, requestId);
            LOG.warn("gateway: {} for {} {}: {}", status, request.getMethod(), request.getHttpURI().getPath(),
                    cause == null ? request.getAttribute(ErrorHandler.ERROR_MESSAGE) : cause.toString());
            MDC.remove(ApiHandler.MDC_REQUEST_ID);
        } else {
            LOG.debug("gateway: refused with {}: {}", status, request.getAttribute(ErrorHandler.ERROR_MESSAGE));
        }
        // Jetty drops the connection after an error it found itself: the client must not reuse it for its next request
        send(request, response, callback, status, requestId, Map.of("Connection", "close"));
        return true;
    }

    /** An error with the status's standard code and message. */
    void send(Request request, Response response, Callback callback, int status, String requestId,
              Map<String, String> headers) {
        Kind kind = kinds.getOrDefault(status, new Kind(fallbackCode(status), "HTTP " + status + "."));
        send(request, response, callback, status, kind.code(), kind.message(), requestId, headers);
    }

    /** An error with its own code and message (a route's more precise words). */
    void send(Request request, Response response, Callback callback, int status, String code, String message,
              String requestId, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(cors.headersFor(request.getHeaders().get(HttpHeader.ORIGIN)));
        all.put("Content-Type", "application/json; charset=utf-8");
        all.put("Cache-Control", "no-store");
        all.put("X-Content-Type-Options", "nosniff");
        all.put(ApiHandler.REQUEST_ID_HEADER, requestId);
        all.putAll(headers);
        byte[] body = JsonCodec.write(ApiHandler.errorBody(new ApiError(status, code, message, Map.of()), requestId))
                .getBytes(StandardCharsets.UTF_8);
        GatewayIo.send(request, response, callback, status, all, body);
    }

    /** For a status with no entry above: its reason phrase as a code ("Not Acceptable" -> not_acceptable). */
    private static String fallbackCode(int status) {
        String reason = HttpStatus.getMessage(status);
        return reason == null ? "http_" + status
                : reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
