package dev.videoagent.handlers.http;

import java.util.Map;

/**
 * The error a caller sees: status, code and a message fit to show, and for some errors what the caller needs
 * to recover ({@code details}, e.g. the current version on a conflict); never a stack trace.
 */
public record ApiError(int status, String code, String message, Map<String, String> headers,
                       Map<String, Object> details) {

    public ApiError {
        headers = Map.copyOf(headers);
        details = Map.copyOf(details);
    }

    public ApiError(int status, String code, String message, Map<String, String> headers) {
        this(status, code, message, headers, Map.of());
    }
}
