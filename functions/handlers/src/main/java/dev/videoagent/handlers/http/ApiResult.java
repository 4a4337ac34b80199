package dev.videoagent.handlers.http;

import java.util.Map;

/** What a handler answers before the shared headers and JSON encoding are applied. */
public record ApiResult(int status, Object body, Map<String, String> headers) {

    public ApiResult {
        headers = Map.copyOf(headers);
    }

    public static ApiResult of(int status, Object body) {
        return new ApiResult(status, body, Map.of());
    }

    public static ApiResult ok(Object body) {
        return of(200, body);
    }
}
