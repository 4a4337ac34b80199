package dev.videoagent.adapters.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.videoagent.adapters.aws.AwsJsonClient;
import dev.videoagent.adapters.aws.AwsJsonException;
import dev.videoagent.core.config.AppConfig;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.port.RenderScheduler;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * The render workflow in AWS Step Functions. Executions are named by job id, so the execution ARN follows
 * from the state machine ARN, and a repeated start of the same job is refused by Step Functions itself.
 */
public final class SfnRenderScheduler implements RenderScheduler {

    private static final Pattern MODE = Pattern.compile("\"mode\"\\s*:\\s*\"(render|fallback)\"");

    private final AwsJsonClient sfn;
    private final String stateMachineArn;

    public SfnRenderScheduler(AwsJsonClient sfn, String stateMachineArn) {
        this.sfn = sfn;
        this.stateMachineArn = stateMachineArn;
    }

    /** The three calls signed and sent without the generated client (see {@link AwsJsonClient}). */
    public static AwsJsonClient client(AppConfig config, AwsCredentialsProvider credentials) {
        return new AwsJsonClient(AwsJsonClient.Service.STEP_FUNCTIONS, config.region(), config.awsEndpointUrl(),
                credentials, config.dependencyTimeout());
    }

    @Override
    public void start(String jobId, Map<String, Object> input) {
        // an execution that already exists is a retried request: it runs already
        call("StartExecution", Map.of("stateMachineArn", stateMachineArn, "name", jobId, "input", json(input)),
                "ExecutionAlreadyExists");
    }

    @Override
    public Optional<WorkflowState> state(String jobId) {
        return call("DescribeExecution", Map.of("executionArn", executionArn(jobId)), "ExecutionDoesNotExist")
                .map(SfnRenderScheduler::state);
    }

    @Override
    public boolean stop(String jobId) {
        return call("StopExecution", Map.of("executionArn", executionArn(jobId), "error", "Cancelled",
                "cause", "cancelled by the person who asked for the render"), "ExecutionDoesNotExist").isPresent();
    }

    /** The answer, or empty when Step Functions refuses with {@code expectedError}, which the caller handles. */
    private Optional<JsonNode> call(String operation, Map<String, ?> request, String expectedError) {
        try {
            return Optional.of(sfn.call(operation, request));
        } catch (AwsJsonException e) {
            if (e.errorCode().equals(expectedError)) {
                return Optional.empty();
            }
            throw new DependencyUnavailableException("stepfunctions", e);
        } catch (UncheckedIOException e) {
            throw new DependencyUnavailableException("stepfunctions", e);
        }
    }

    private static WorkflowState state(JsonNode execution) {
        WorkflowState.Phase phase = switch (execution.path("status").asText()) {
            case "RUNNING", "PENDING_REDRIVE" -> WorkflowState.Phase.RUNNING;
            case "SUCCEEDED" -> WorkflowState.Phase.SUCCEEDED;
            case "ABORTED" -> WorkflowState.Phase.ABORTED;
            default -> WorkflowState.Phase.FAILED;
        };
        Optional<String> mode = text(execution, "output").map(MODE::matcher).filter(Matcher::find).map(m -> m.group(1));
        return new WorkflowState(phase, mode, text(execution, "error"), text(execution, "cause"));
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    String executionArn(String jobId) {
        return stateMachineArn.replace(":stateMachine:", ":execution:") + ":" + jobId;
    }

    /** Relaxed extended JSON is plain JSON for strings and numbers, which is all the input holds. */
    static String json(Map<String, Object> input) {
        return new Document(input).toJson(JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build());
    }
}
