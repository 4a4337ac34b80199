package dev.videoagent.core.error;

/** A text field is over its length limit; answered as 413. */
public class InputTooLongException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputTooLongException(String message) {
        super(message);
    }
}
