package dev.videoagent.core.port;

import java.util.Map;
import java.util.Optional;

/**
 * Port: the render workflow (Step Functions in AWS, the local executor here). Executions are named by
 * job id, so starting the same job twice starts one execution.
 */
public interface RenderScheduler {

    /** What the workflow says about a job: running or how it ended, and for a success which mode rendered. */
    record WorkflowState(Phase phase, Optional<String> mode, Optional<String> error, Optional<String> cause) {

        public enum Phase { PENDING, RUNNING, SUCCEEDED, FAILED, ABORTED }
    }

    void start(String jobId, Map<String, Object> input);

    Optional<WorkflowState> state(String jobId);

    /** Stops the job's execution (its running task too); false when there is none or it has ended. */
    boolean stop(String jobId);
}
