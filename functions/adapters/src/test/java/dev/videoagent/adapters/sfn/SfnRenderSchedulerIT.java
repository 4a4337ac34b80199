package dev.videoagent.adapters.sfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.adapters.stub.AwsApiStub;
import dev.videoagent.core.config.AppConfig;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.port.RenderScheduler;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * The Step Functions adapter against a local HTTP stub of the Step Functions JSON API (it cannot run
 * here): the requests it sends and how it reads the answers, errors included.
 */
class SfnRenderSchedulerIT {

    private static final String ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:render-workflow";

    private final AwsApiStub stub = new AwsApiStub("application/x-amz-json-1.0");

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private SfnRenderScheduler scheduler() {
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
        AppConfig config = AppConfig.fromEnv(Map.of("AWS_REGION", "us-east-1", "VIDEO_BUCKET", "videos",
                "MONGODB_URI", "mongodb://127.0.0.1:1", "REDIS_URL", "redis://127.0.0.1:1",
                "AWS_ENDPOINT_URL", stub.endpoint(), "STATE_MACHINE_ARN", ARN));
        return new SfnRenderScheduler(SfnRenderScheduler.client(config, DefaultCredentialsProvider.builder().build()),
                config.stateMachineArn().orElseThrow());
    }

    @Test
    void startsAnExecutionNamedByTheJobWithTheInputAsJson() {
        stub.answer(200, "{\"executionArn\":\"x\",\"startDate\":1.7E9}", null);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("jobId", "01jjob0000000000000000000a");
        input.put("prompt", "눈 \"quoted\"");
        input.put("renderTimeoutSeconds", 600L);

        scheduler().start("01jjob0000000000000000000a", input);

        assertThat(stub.requests()).hasSize(1);
        assertThat(stub.requests().get(0)).contains(" AWSStepFunctions.StartExecution ")
                .contains("\"stateMachineArn\":\"" + ARN + "\"").contains("\"name\":\"01jjob0000000000000000000a\"")
                .contains("\\\"renderTimeoutSeconds\\\": 600").contains("\\\"prompt\\\": \\\"눈 \\\\\\\"quoted\\\\\\\"\\\"");
    }

    @Test
    void aStartThatIsAlreadyRunningIsNotAnError() {
        stub.answer(400, "{\"__type\":\"ExecutionAlreadyExists\",\"message\":\"exists\"}", "ExecutionAlreadyExists");

        scheduler().start("01jjob0000000000000000000a", Map.of("jobId", "x"));

        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void describesTheExecutionByItsArnAndReadsTheMode() {
        stub.answer(200, "{\"executionArn\":\"a\",\"stateMachineArn\":\"b\",\"status\":\"SUCCEEDED\",\"startDate\":1.7E9,"
                + "\"output\":\"{\\\"jobId\\\":\\\"x\\\",\\\"mode\\\":\\\"fallback\\\"}\"}", null);

        RenderScheduler.WorkflowState state = scheduler().state("01jjob0000000000000000000a").orElseThrow();

        assertThat(stub.requests().get(0)).contains(" AWSStepFunctions.DescribeExecution ").contains(
                "arn:aws:states:us-east-1:123456789012:execution:render-workflow:01jjob0000000000000000000a");
        assertThat(state.phase()).isEqualTo(RenderScheduler.WorkflowState.Phase.SUCCEEDED);
        assertThat(state.mode()).contains("fallback");
    }

    @Test
    void aFailedExecutionCarriesItsErrorAndCauseAndAnUnknownOneIsEmpty() {
        stub.answer(200, "{\"executionArn\":\"a\",\"stateMachineArn\":\"b\",\"status\":\"FAILED\",\"startDate\":1.7E9,"
                + "\"error\":\"RenderFailed\",\"cause\":\"render-task: disk full\"}", null);
        RenderScheduler.WorkflowState failed = scheduler().state("01jjob0000000000000000000a").orElseThrow();
        assertThat(failed.phase()).isEqualTo(RenderScheduler.WorkflowState.Phase.FAILED);
        assertThat(failed.cause()).contains("render-task: disk full");

        stub.answer(400, "{\"__type\":\"ExecutionDoesNotExist\",\"message\":\"no\"}", "ExecutionDoesNotExist");
        assertThat(scheduler().state("01jjob0000000000000000000b")).isEmpty();
    }

    @Test
    void stoppingCancelsTheJobsExecutionAndAnUnknownOneIsNoStop() {
        stub.answer(200, "{\"stopDate\":1.7E9}", null);
        assertThat(scheduler().stop("01jjob0000000000000000000a")).isTrue();
        assertThat(stub.requests().get(0)).contains(" AWSStepFunctions.StopExecution ")
                .contains("execution:render-workflow:01jjob0000000000000000000a").contains("\"error\":\"Cancelled\"");

        stub.answer(400, "{\"__type\":\"ExecutionDoesNotExist\",\"message\":\"no\"}", "ExecutionDoesNotExist");
        assertThat(scheduler().stop("01jjob0000000000000000000b")).isFalse();
    }

    @Test
    void aStepFunctionsOutageIsADependencyThatIsUnavailable() {
        stub.answer(400, "{\"__type\":\"AccessDeniedException\",\"message\":\"no\"}", null);

        assertThatThrownBy(() -> scheduler().start("01jjob0000000000000000000a", Map.of("jobId", "x")))
                .isInstanceOf(DependencyUnavailableException.class);
    }
}
