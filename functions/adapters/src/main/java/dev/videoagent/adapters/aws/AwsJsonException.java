package dev.videoagent.adapters.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;

/** An AWS JSON-protocol service refused a call: its error code (the part after any '#'), HTTP status and message. */
public final class AwsJsonException extends RuntimeException {

    /** The codes the SDK's standard strategy treats as throttling, whatever their status. */
    private static final Set<String> THROTTLING = Set.of("Throttling", "ThrottlingException", "ThrottledException",
            "RequestThrottledException", "TooManyRequestsException", "ProvisionedThroughputExceededException",
            "TransactionInProgressException", "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException",
            "RequestThrottled", "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException");

    private final String errorCode;
    private final int status;

    public AwsJsonException(String service, String operation, String errorCode, int status, String message) {
        super(service + " " + operation + " failed: " + errorCode + " (HTTP " + status + ")"
                + (message.isEmpty() ? "" : ": " + message));
        this.errorCode = errorCode;
        this.status = status;
    }

    static AwsJsonException of(String service, String operation, int status, JsonNode answer, Optional<String> header) {
        String type = answer.path("__type").asText("");
        if (type.isEmpty()) {
            type = header.map(h -> h.split(":", 2)[0]).orElse("HTTP" + status);
        }
        String message = answer.hasNonNull("message") ? answer.get("message").asText() : answer.path("Message").asText("");
        return new AwsJsonException(service, operation, type.substring(type.lastIndexOf('#') + 1), status, message);
    }

    public String errorCode() {
        return errorCode;
    }

    public int status() {
        return status;
    }

    /** Worth another attempt: the service was busy or broken, not the request wrong. */
    public boolean retryable() {
        return status >= 500 || status == 429 || THROTTLING.contains(errorCode);
    }
}
