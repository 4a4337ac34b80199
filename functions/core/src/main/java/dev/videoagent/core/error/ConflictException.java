package dev.videoagent.core.error;

/**
 * The request was made against a state that is no longer current (an edit of a version that is not the
 * latest); answered as 409 with the current version and its text, so the caller can show them.
 */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int currentVersion;
    private final String currentText;

    public ConflictException(String message, int currentVersion, String currentText) {
        super(message);
        this.currentVersion = currentVersion;
        this.currentText = currentText;
    }

    /** A conflict with nothing to show but the message (a render that has ended cannot be cancelled). */
    public ConflictException(String message) {
        this(message, -1, null);
    }

    /** Whether the conflict carries the current version and text. */
    public boolean hasCurrent() {
        return currentText != null;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public String currentText() {
        return currentText;
    }
}
