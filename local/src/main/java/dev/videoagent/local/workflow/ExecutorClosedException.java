package dev.videoagent.local.workflow;

/**
 * The executor was closed while an execution ran: nothing more is recorded and the run unwinds, leaving the
 * execution as it was last recorded, so that the next executor on the same store resumes it.
 */
final class ExecutorClosedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ExecutorClosedException(String execution) {
        super("the executor was closed while execution '" + execution + "' ran");
    }
}
