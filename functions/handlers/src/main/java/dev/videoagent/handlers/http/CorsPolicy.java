package dev.videoagent.handlers.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CORS headers from configuration: an origin in the allow-list (or {@code *}) is echoed back, others get none. */
public final class CorsPolicy {

    public static final String ALLOWED_METHODS = "GET,POST,PUT,DELETE,OPTIONS";
    public static final String ALLOWED_HEADERS = "Content-Type,X-Request-Id";

    private final List<String> allowedOrigins;

    public CorsPolicy(List<String> allowedOrigins) {
        this.allowedOrigins = List.copyOf(allowedOrigins);
    }

    /** Headers for an actual (non-preflight) response. */
    public Map<String, String> headersFor(String origin) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (allowedOrigins.isEmpty()) {
            return headers;
        }
        if (allowedOrigins.contains("*")) {
            headers.put("Access-Control-Allow-Origin", "*");
        } else if (origin != null && allowedOrigins.contains(origin)) {
            headers.put("Access-Control-Allow-Origin", origin);
            headers.put("Vary", "Origin");
        } else {
            headers.put("Vary", "Origin");
            return headers;
        }
        headers.put("Access-Control-Expose-Headers", "X-Request-Id");
        return headers;
    }

    /** Headers for an OPTIONS preflight response. */
    public Map<String, String> preflightHeadersFor(String origin) {
        Map<String, String> headers = headersFor(origin);
        if (headers.containsKey("Access-Control-Allow-Origin")) {
            headers.put("Access-Control-Allow-Methods", ALLOWED_METHODS);
            headers.put("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            headers.put("Access-Control-Max-Age", "600");
        }
        return headers;
    }
}
