package dev.videoagent.local.workflow;

/** An error as ASL names it ({@code States.TaskFailed}, {@code States.Timeout}, ...), with its cause. */
public class StatesError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "States.ALL";
    public static final String TASK_FAILED = "States.TaskFailed";
    public static final String TIMEOUT = "States.Timeout";
    public static final String RUNTIME = "States.Runtime";

    private final String error;
    private final String cause;

    public StatesError(String error, String cause) {
        super(error + ": " + cause);
        this.error = error;
        this.cause = cause;
    }

    public String error() {
        return error;
    }

    public String cause() {
        return cause;
    }

    /**
     * Whether an ErrorEquals list catches this error: by name, by {@code States.TaskFailed} (anything but
     * {@code States.Timeout}), or by {@code States.ALL}; {@code States.Runtime} is caught by its name only.
     */
    public boolean matches(Iterable<String> errorEquals) {
        for (String name : errorEquals) {
            if (name.equals(error)) {
                return true;
            }
            if (error.equals(RUNTIME)) {
                continue;
            }
            if (name.equals(ALL) || name.equals(TASK_FAILED) && !error.equals(TIMEOUT)) {
                return true;
            }
        }
        return false;
    }
}
