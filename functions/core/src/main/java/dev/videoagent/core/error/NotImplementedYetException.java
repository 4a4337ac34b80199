package dev.videoagent.core.error;

/** A route exists but the capability behind it has not been built yet; answered as 501. */
public class NotImplementedYetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotImplementedYetException(String message) {
        super(message);
    }
}
