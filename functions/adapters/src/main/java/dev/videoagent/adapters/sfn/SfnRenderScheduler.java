package dev.videoagent.adapters.sfn;

import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.port.RenderScheduler;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;

/**
 * The render workflow in AWS Step Functions. Executions are named by job id, so the execution ARN follows
 * from the state machine ARN, and a repeated start of the same job is refused by Step Functions itself.
 */
public final class SfnRenderScheduler implements RenderScheduler {

    private static final Pattern MODE = Pattern.compile("\"mode\"\\s*:\\s*\"(render|fallback)\"");

    private final SfnClient sfn;
    private final String stateMachineArn;

    public SfnRenderScheduler(SfnClient sfn, String stateMachineArn) {
        this.sfn = sfn;
        this.stateMachineArn = stateMachineArn;
    }

    @Override
    public void start(String jobId, Map<String, Object> input) {
        try {
            sfn.startExecution(b -> b.stateMachineArn(stateMachineArn).name(jobId).input(json(input)));
        } catch (ExecutionAlreadyExistsException e) {
            // a retried request: the execution is already running
        } catch (SdkException e) {
            throw new DependencyUnavailableException("stepfunctions", e);
        }
    }

    @Override
    public Optional<WorkflowState> state(String jobId) {
        try {
            DescribeExecutionResponse d = sfn.describeExecution(b -> b.executionArn(executionArn(jobId)));
            WorkflowState.Phase phase = switch (d.status()) {
                case RUNNING, PENDING_REDRIVE -> WorkflowState.Phase.RUNNING;
                case SUCCEEDED -> WorkflowState.Phase.SUCCEEDED;
                case ABORTED -> WorkflowState.Phase.ABORTED;
                default -> WorkflowState.Phase.FAILED;
            };
            Optional<String> mode = Optional.ofNullable(d.output()).map(MODE::matcher).filter(Matcher::find)
                    .map(m -> m.group(1));
            return Optional.of(new WorkflowState(phase, mode, Optional.ofNullable(d.error()), Optional.ofNullable(d.cause())));
        } catch (ExecutionDoesNotExistException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new DependencyUnavailableException("stepfunctions", e);
        }
    }

    @Override
    public boolean stop(String jobId) {
        try {
            sfn.stopExecution(b -> b.executionArn(executionArn(jobId)).error("Cancelled")
                    .cause("cancelled by the person who asked for the render"));
            return true;
        } catch (ExecutionDoesNotExistException e) {
            return false;
        } catch (SdkException e) {
            throw new DependencyUnavailableException("stepfunctions", e);
        }
    }

    String executionArn(String jobId) {
        return stateMachineArn.replace(":stateMachine:", ":execution:") + ":" + jobId;
    }

    /** Relaxed extended JSON is plain JSON for strings and numbers, which is all the input holds. */
    static String json(Map<String, Object> input) {
        return new Document(input).toJson(JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build());
    }
}
