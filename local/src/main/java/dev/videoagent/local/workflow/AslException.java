package dev.videoagent.local.workflow;

/** A state machine definition the local executor cannot run; the message says what and where. */
public class AslException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AslException(String message) {
        super(message);
    }
}
