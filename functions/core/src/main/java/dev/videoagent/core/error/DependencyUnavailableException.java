package dev.videoagent.core.error;

/** A dependency the use case needs (database, cache, storage) does not answer; the request may be retried. */
public class DependencyUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String dependency;

    public DependencyUnavailableException(String dependency, Throwable cause) {
        super(dependency + " is unavailable", cause);
        this.dependency = dependency;
    }

    public String dependency() {
        return dependency;
    }
}
