package dev.videoagent.render;

/** A render could not be completed; the message is one line, fit for the task's exit reason. */
public class RenderFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RenderFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
