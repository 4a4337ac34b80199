package dev.videoagent.local.workflow;

import dev.videoagent.core.port.RenderScheduler;
import java.util.Map;
import java.util.Optional;

/** The render-scheduler port over the local executor: executions named by job id. */
public final class LocalRenderScheduler implements RenderScheduler {

    private final LocalStepFunctions executor;

    public LocalRenderScheduler(LocalStepFunctions executor) {
        this.executor = executor;
    }

    @Override
    public void start(String jobId, Map<String, Object> input) {
        executor.start(jobId, AslPaths.mapper().valueToTree(input));
    }

    @Override
    public Optional<WorkflowState> state(String jobId) {
        return executor.describe(jobId).map(e -> switch (e.status()) {
            case PENDING -> new WorkflowState(WorkflowState.Phase.PENDING, Optional.empty(), Optional.empty(), Optional.empty());
            case RUNNING -> new WorkflowState(WorkflowState.Phase.RUNNING, Optional.empty(), Optional.empty(), Optional.empty());
            case SUCCEEDED -> new WorkflowState(WorkflowState.Phase.SUCCEEDED,
                    e.output().map(o -> o.path("mode").asText(null)), Optional.empty(), Optional.empty());
            case FAILED, TIMED_OUT -> new WorkflowState(WorkflowState.Phase.FAILED, Optional.empty(), e.error(), e.cause());
            case ABORTED -> new WorkflowState(WorkflowState.Phase.ABORTED, Optional.empty(), e.error(), e.cause());
        });
    }

    @Override
    public boolean stop(String jobId) {
        return executor.stop(jobId);
    }
}
