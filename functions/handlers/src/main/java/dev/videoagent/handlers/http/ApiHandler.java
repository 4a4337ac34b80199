package dev.videoagent.handlers.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Base of every API Lambda handler: request id in the logs and the response, one error mapper,
 * CORS and the JSON envelope. Subclasses only translate the request into a use case call.
 */
public abstract class ApiHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String MDC_REQUEST_ID = "requestId";

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final ApiErrorMapper ERRORS = new ApiErrorMapper();

    private final CorsPolicy cors;

    protected ApiHandler(CorsPolicy cors) {
        this.cors = cors;
    }

    protected abstract ApiResult handle(ApiRequest request);

    @Override
    public final APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        ApiRequest request = new ApiRequest(event);
        MDC.put(MDC_REQUEST_ID, request.requestId());
        long started = System.nanoTime();
        try {
            ApiResult result;
            try {
                result = handle(request);
            } catch (RuntimeException e) {
                result = errorResult(ERRORS.map(e), request.requestId());
            }
            APIGatewayProxyResponseEvent response = toResponse(result, request);
            long millis = (System.nanoTime() - started) / 1_000_000;
            // the fields for a JSON log (Lambda); the message for a pattern one (the local runtime)
            LOG.atInfo().addKeyValue("method", request.method())
                    .addKeyValue("route", event.getResource() == null ? request.path() : event.getResource())
                    .addKeyValue("status", result.status()).addKeyValue("durationMs", millis)
                    .log("{} {} -> {} in {} ms", request.method(), request.path(), result.status(), millis);
            return response;
        } finally {
            MDC.remove(MDC_REQUEST_ID);
        }
    }

    private static ApiResult errorResult(ApiError error, String requestId) {
        return new ApiResult(error.status(), errorBody(error, requestId), error.headers());
    }

    /**
     * The body of every error response: {@code {"error":{"code","message","requestId",...details}}}; public so
     * the local gateway's own errors (a URI too long, a bad escape) look exactly like the handlers' errors.
     */
    public static Map<String, Object> errorBody(ApiError error, String requestId) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("code", error.code());
        detail.put("message", error.message());
        detail.put("requestId", requestId);
        detail.putAll(error.details());
        return Map.of("error", detail);
    }

    private APIGatewayProxyResponseEvent toResponse(ApiResult result, ApiRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("Cache-Control", "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put(REQUEST_ID_HEADER, request.requestId());
        headers.putAll(cors.headersFor(request.header("Origin").orElse(null)));
        headers.putAll(result.headers());
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(result.status())
                .withHeaders(headers)
                .withIsBase64Encoded(false)
                .withBody(JsonCodec.write(result.body()));
    }
}
