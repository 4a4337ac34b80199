package dev.videoagent.core.error;

import java.time.Instant;

/** A person's daily render time is used up; answered 429 {@code quota_exceeded} with when it resets. */
public class QuotaExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Instant resetsAt;

    public QuotaExceededException(String message, Instant resetsAt) {
        super(message);
        this.resetsAt = resetsAt;
    }

    public Instant resetsAt() {
        return resetsAt;
    }
}
