package dev.videoagent.core.error;

/** The resource the request names does not exist; answered as 404. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
