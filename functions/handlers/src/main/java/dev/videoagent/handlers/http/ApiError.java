package dev.videoagent.handlers.http;

import java.util.Map;

/** The error a caller sees: status, code and a message fit to show; never a stack trace. */
public record ApiError(int status, String code, String message, Map<String, String> headers) {

    public ApiError {
        headers = Map.copyOf(headers);
    }
}
