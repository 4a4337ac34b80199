package dev.videoagent.core.error;

/** Another edit stored the version this one was to become: the edit was made against an older version. */
public class VersionTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VersionTakenException(String promptId, int version) {
        super("version " + version + " of " + promptId + " is taken");
    }
}
