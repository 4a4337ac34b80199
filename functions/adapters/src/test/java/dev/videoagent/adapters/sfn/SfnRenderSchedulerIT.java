package dev.videoagent.adapters.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.videoagent.core.config.AppConfig;
import dev.videoagent.core.render.RenderScheduler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The Step Functions adapter against a local HTTP stub of the Step Functions JSON API (it cannot run
 * here): the requests it sends and how it reads the answers, errors included.
 */
class SfnRenderSchedulerIT {

    private static final String ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:render-workflow";

    private HttpServer stub;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "{}";
    private volatile String errorType;

    @BeforeEach
    void startStub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/", exchange -> {
            requests.add(exchange.getRequestHeaders().getFirst("X-Amz-Target") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
            if (errorType != null) {
                exchange.getResponseHeaders().set("x-amzn-ErrorType", errorType);
            }
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        stub.start();
    }

    @AfterEach
    void stopStub() {
        stub.stop(0);
    }

    private SfnRenderScheduler scheduler() {
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
        AppConfig config = AppConfig.fromEnv(Map.of("AWS_REGION", "us-east-1", "VIDEO_BUCKET", "videos",
                "MONGODB_URI", "mongodb://127.0.0.1:1", "REDIS_URL", "redis://127.0.0.1:1",
                "AWS_ENDPOINT_URL", "http://127.0.0.1:" + stub.getAddress().getPort(), "STATE_MACHINE_ARN", ARN));
        SfnClient client = SfnClients.create(config);
        return new SfnRenderScheduler(client, config.stateMachineArn().orElseThrow());
    }

    @Test
    void startsAnExecutionNamedByTheJobWithTheInputAsJson() {
        answer = "{\"executionArn\":\"x\",\"startDate\":1.7E9}";
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("jobId", "01jjob0000000000000000000a");
        input.put("prompt", "눈 \"quoted\"");
        input.put("renderTimeoutSeconds", 600L);

        scheduler().start("01jjob0000000000000000000a", input);

        assertThat(requests).hasSize(1);
        assertThat(requests.get(0)).startsWith("AWSStepFunctions.StartExecution ")
                .contains("\"stateMachineArn\":\"" + ARN + "\"").contains("\"name\":\"01jjob0000000000000000000a\"")
                .contains("\\\"renderTimeoutSeconds\\\": 600").contains("\\\"prompt\\\": \\\"눈 \\\\\\\"quoted\\\\\\\"\\\"");
    }

    @Test
    void aStartThatIsAlreadyRunningIsNotAnError() {
        status = 400;
        errorType = "ExecutionAlreadyExists";
        answer = "{\"__type\":\"ExecutionAlreadyExists\",\"message\":\"exists\"}";

        scheduler().start("01jjob0000000000000000000a", Map.of("jobId", "x"));

        assertThat(requests).hasSize(1);
    }

    @Test
    void describesTheExecutionByItsArnAndReadsTheMode() {
        answer = "{\"executionArn\":\"a\",\"stateMachineArn\":\"b\",\"status\":\"SUCCEEDED\",\"startDate\":1.7E9,"
                + "\"output\":\"{\\\"jobId\\\":\\\"x\\\",\\\"mode\\\":\\\"fallback\\\"}\"}";

        RenderScheduler.WorkflowState state = scheduler().state("01jjob0000000000000000000a").orElseThrow();

        assertThat(requests.get(0)).startsWith("AWSStepFunctions.DescribeExecution ").contains(
                "arn:aws:states:us-east-1:123456789012:execution:render-workflow:01jjob0000000000000000000a");
        assertThat(state.phase()).isEqualTo(RenderScheduler.WorkflowState.Phase.SUCCEEDED);
        assertThat(state.mode()).contains("fallback");
    }

    @Test
    void aFailedExecutionCarriesItsErrorAndCauseAndAnUnknownOneIsEmpty() {
        answer = "{\"executionArn\":\"a\",\"stateMachineArn\":\"b\",\"status\":\"FAILED\",\"startDate\":1.7E9,"
                + "\"error\":\"RenderFailed\",\"cause\":\"render-task: disk full\"}";
        RenderScheduler.WorkflowState failed = scheduler().state("01jjob0000000000000000000a").orElseThrow();
        assertThat(failed.phase()).isEqualTo(RenderScheduler.WorkflowState.Phase.FAILED);
        assertThat(failed.cause()).contains("render-task: disk full");

        status = 400;
        errorType = "ExecutionDoesNotExist";
        answer = "{\"__type\":\"ExecutionDoesNotExist\",\"message\":\"no\"}";
        assertThat(scheduler().state("01jjob0000000000000000000b")).isEmpty();
    }
}
