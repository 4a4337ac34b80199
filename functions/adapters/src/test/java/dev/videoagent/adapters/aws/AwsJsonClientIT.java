package dev.videoagent.adapters.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.adapters.stub.AwsApiStub;
import dev.videoagent.adapters.stub.AwsApiStub.Answer;
import dev.videoagent.adapters.stub.AwsApiStub.Exchange;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The JSON-protocol calls made without the generated clients, against a local stub of the services' HTTP
 * API: on the wire they are what the SDK's own clients send (compared side by side), and errors and retries
 * follow the SDK's rules.
 */
class AwsJsonClientIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SCOPE = Pattern.compile("Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request");
    private static final Pattern SIGNED = Pattern.compile("SignedHeaders=([^,]+)");
    private static final StaticCredentialsProvider KEYS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret"));
    private static final String MACHINE = "arn:aws:states:eu-west-1:123456789012:stateMachine:render-workflow";

    private final AwsApiStub stub = new AwsApiStub("application/x-amz-json-1.0");

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private AwsJsonClient client(AwsJsonClient.Service service) {
        return new AwsJsonClient(service, "eu-west-1", Optional.of(URI.create(stub.endpoint())), KEYS,
                Duration.ofSeconds(2));
    }

    @Test
    void aStepFunctionsCallIsOnTheWireWhatTheSdkClientSends() throws Exception {
        try (SfnClient sdk = SfnClient.builder().region(Region.EU_WEST_1).credentialsProvider(KEYS)
                .endpointOverride(URI.create(stub.endpoint())).build();
             AwsJsonClient ours = client(AwsJsonClient.Service.STEP_FUNCTIONS)) {
            sdk.startExecution(b -> b.stateMachineArn(MACHINE).name("job-1").input("{\"prompt\": \"눈\"}"));
            ours.call("StartExecution", Map.of("stateMachineArn", MACHINE, "name", "job-1",
                    "input", "{\"prompt\": \"눈\"}"));
        }

        assertSameCall(stub.exchanges().get(0), stub.exchanges().get(1), "states");
    }

    @Test
    void aSecretsManagerCallIsOnTheWireWhatTheSdkClientSends() throws Exception {
        stub.answer(200, "{\"SecretString\":\"s\"}", null);
        try (SecretsManagerClient sdk = SecretsManagerClient.builder().region(Region.EU_WEST_1).credentialsProvider(KEYS)
                .endpointOverride(URI.create(stub.endpoint())).build();
             AwsJsonClient ours = client(AwsJsonClient.Service.SECRETS_MANAGER)) {
            sdk.getSecretValue(b -> b.secretId("arn:aws:secretsmanager:eu-west-1:1:secret:x"));
            assertThat(ours.call("GetSecretValue", Map.of("SecretId", "arn:aws:secretsmanager:eu-west-1:1:secret:x"))
                    .path("SecretString").asText()).isEqualTo("s");
        }

        assertSameCall(stub.exchanges().get(0), stub.exchanges().get(1), "secretsmanager");
    }

    private static void assertSameCall(Exchange sdk, Exchange ours, String signingName) throws Exception {
        assertThat(ours.method()).isEqualTo(sdk.method()).isEqualTo("POST");
        assertThat(ours.path()).isEqualTo(sdk.path());
        assertThat(ours.headers().get("x-amz-target")).isEqualTo(sdk.headers().get("x-amz-target"));
        assertThat(ours.headers().get("content-type")).isEqualTo(sdk.headers().get("content-type"));
        assertThat(JSON.readTree(ours.body())).isEqualTo(JSON.readTree(sdk.body()));

        Matcher sdkScope = SCOPE.matcher(sdk.headers().get("authorization"));
        Matcher ourScope = SCOPE.matcher(ours.headers().get("authorization"));
        assertThat(sdkScope.find()).isTrue();
        assertThat(ourScope.find()).isTrue();
        for (int part = 1; part <= 4; part++) {
            assertThat(ourScope.group(part)).isEqualTo(sdkScope.group(part));
        }
        assertThat(ourScope.group(4)).isEqualTo(signingName);
        Matcher signed = SIGNED.matcher(ours.headers().get("authorization"));
        assertThat(signed.find()).isTrue();
        assertThat(signed.group(1).split(";")).contains("host", "x-amz-date", "x-amz-target", "content-type");
    }

    @Test
    void aServerErrorIsTriedThreeTimesLikeTheSdkAndThenThrownWithItsCode() {
        stub.answer(500, "{\"__type\":\"com.amazon.coral.service#InternalFailure\",\"message\":\"boom\"}", null);

        try (AwsJsonClient ours = client(AwsJsonClient.Service.STEP_FUNCTIONS)) {
            assertThatThrownBy(() -> ours.call("DescribeExecution", Map.of("executionArn", "a")))
                    .isInstanceOfSatisfying(AwsJsonException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo("InternalFailure");
                        assertThat(e.status()).isEqualTo(500);
                        assertThat(e.getMessage()).contains("boom");
                    });
        }
        assertThat(stub.exchanges()).hasSize(3);
    }

    @Test
    void aFailureThatPassesIsRetriedIntoTheAnswer() {
        stub.answerInTurn(new Answer(503, "<html>busy</html>", null));
        stub.answer(200, "{\"status\":\"RUNNING\"}", null);

        try (AwsJsonClient ours = client(AwsJsonClient.Service.STEP_FUNCTIONS)) {
            assertThat(ours.call("DescribeExecution", Map.of("executionArn", "a")).path("status").asText())
                    .isEqualTo("RUNNING");
        }
        assertThat(stub.exchanges()).hasSize(2);
    }

    @Test
    void aClientErrorIsThrownAtOnceWithTheCodeFromTheHeaderWhenTheBodyHasNone() {
        stub.answer(400, "{\"message\":\"bad arn\"}", "InvalidArn:http://internal.amazon.com/coral/");

        try (AwsJsonClient ours = client(AwsJsonClient.Service.STEP_FUNCTIONS)) {
            assertThatThrownBy(() -> ours.call("DescribeExecution", Map.of("executionArn", "a")))
                    .isInstanceOfSatisfying(AwsJsonException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo("InvalidArn");
                        assertThat(e.retryable()).isFalse();
                    });
        }
        assertThat(stub.exchanges()).hasSize(1);
    }

    @Test
    void theRegionalEndpointIsInTheRegionsPartition() {
        assertThat(AwsJsonClient.Service.STEP_FUNCTIONS.endpoint("eu-west-1"))
                .hasToString("https://states.eu-west-1.amazonaws.com");
        assertThat(AwsJsonClient.Service.SECRETS_MANAGER.endpoint("cn-north-1"))
                .hasToString("https://secretsmanager.cn-north-1.amazonaws.com.cn");
    }

    @Test
    void throttlingIsRetryableWhateverItsStatusAndAValidationErrorIsNot() {
        assertThat(new AwsJsonException("states", "StartExecution", "ThrottlingException", 400, "").retryable())
                .isTrue();
        assertThat(new AwsJsonException("states", "StartExecution", "ValidationException", 400, "").retryable())
                .isFalse();
    }
}
