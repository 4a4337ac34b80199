package dev.videoagent.core.error;

import java.util.List;

/** A render asked for a backend this deployment does not offer (400, naming the ones it does). */
public class BackendNotAvailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String backend;
    private final List<String> available;

    public BackendNotAvailableException(String backend, List<String> available) {
        super("Field 'backend': '" + backend + "' does not render videos here; available: "
                + String.join(", ", available) + ".");
        this.backend = backend;
        this.available = List.copyOf(available);
    }

    public String backend() {
        return backend;
    }

    public List<String> available() {
        return available;
    }
}
