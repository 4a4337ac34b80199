package dev.videoagent.handlers.http;

import dev.videoagent.core.error.BackendNotAvailableException;
import dev.videoagent.core.error.ConflictException;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.error.InputTooLongException;
import dev.videoagent.core.error.NotFoundException;
import dev.videoagent.core.error.NotImplementedYetException;
import dev.videoagent.core.error.QuotaExceededException;
import dev.videoagent.core.error.RateLimitedException;
import dev.videoagent.core.error.ValidationException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that turns exceptions into API errors. Anything unexpected is a logged 500 with no details. */
public final class ApiErrorMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorMapper.class);

    public ApiError map(Throwable error) {
        if (error instanceof ApiException api) {
            return new ApiError(api.status(), api.code(), api.getMessage(), api.headers());
        }
        if (error instanceof BackendNotAvailableException backend) {
            return new ApiError(400, "backend_not_available", error.getMessage(), Map.of(),
                    Map.of("backend", backend.backend(), "available", backend.available()));
        }
        if (error instanceof ValidationException) {
            return new ApiError(400, "validation_failed", error.getMessage(), Map.of());
        }
        if (error instanceof NotFoundException) {
            return new ApiError(404, "not_found", error.getMessage(), Map.of());
        }
        if (error instanceof RateLimitedException limited) {
            return new ApiError(429, "rate_limited", limited.getMessage(),
                    Map.of("Retry-After", Long.toString(limited.retryAfter().toSeconds())));
        }
        if (error instanceof QuotaExceededException quota) {
            long wait = Math.max(1, java.time.Duration.between(java.time.Instant.now(), quota.resetsAt()).toSeconds());
            return new ApiError(429, "quota_exceeded", quota.getMessage(), Map.of("Retry-After", Long.toString(wait)),
                    Map.of("resetsAt", quota.resetsAt().toString()));
        }
        if (error instanceof ConflictException conflict) {
            return new ApiError(409, "conflict", error.getMessage(), Map.of(), !conflict.hasCurrent() ? Map.of()
                    : Map.of("current", Map.of("version", conflict.currentVersion(), "text", conflict.currentText())));
        }
        if (error instanceof InputTooLongException tooLong) {
            // field and numbers, so a client can say it in its own language
            return new ApiError(413, "input_too_long", error.getMessage(), Map.of(), Map.of("field", tooLong.field(),
                    "length", tooLong.length(), "limit", tooLong.limit()));
        }
        if (error instanceof DependencyUnavailableException unavailable) {
            LOG.warn("dependency unavailable: {}", unavailable.dependency(), unavailable.getCause());
            return new ApiError(503, "dependency_unavailable",
                    "The " + unavailable.dependency() + " service is unavailable; please retry shortly.",
                    Map.of("Retry-After", "5"));
        }
        if (error instanceof NotImplementedYetException) {
            return new ApiError(501, "not_implemented", error.getMessage(), Map.of());
        }
        LOG.error("unexpected error", error);
        return new ApiError(500, "internal_error", "An unexpected error occurred.", Map.of());
    }
}
