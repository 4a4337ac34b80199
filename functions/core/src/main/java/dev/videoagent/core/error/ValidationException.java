package dev.videoagent.core.error;

/** The caller's input breaks a rule of the domain. The message is safe to show to the caller. */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ValidationException(String message) {
        super(message);
    }
}
