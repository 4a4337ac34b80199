package dev.videoagent.adapters.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;

/**
 * Calls of an AWS JSON-protocol service (Step Functions, Secrets Manager) made with the SDK's own parts: its
 * SigV4 signer, its URL-connection HTTP client and its standard retry strategy, but not the service's
 * generated client, whose model classes (1.2 MB for Step Functions) the Lambda packages then leave out.
 * The wire format is the SDK's: {@code POST /} with {@code X-Amz-Target: prefix.Operation} and a JSON body;
 * an error carries its code in {@code __type} or the {@code x-amzn-ErrorType} header.
 */
public final class AwsJsonClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    /** A JSON-protocol service: how it is signed, where it lives and how its operations are named. */
    public enum Service {
        STEP_FUNCTIONS("states", "AWSStepFunctions", "application/x-amz-json-1.0"),
        SECRETS_MANAGER("secretsmanager", "secretsmanager", "application/x-amz-json-1.1");

        private final String signingName;
        private final String targetPrefix;
        private final String contentType;

        Service(String signingName, String targetPrefix, String contentType) {
            this.signingName = signingName;
            this.targetPrefix = targetPrefix;
            this.contentType = contentType;
        }

        /** The regional endpoint, in the region's partition (amazonaws.com, amazonaws.com.cn ...). */
        URI endpoint(String region) {
            RegionMetadata metadata = Region.of(region).metadata(); // null for a region newer than this SDK
            return URI.create("https://" + signingName + "." + region + "."
                    + (metadata == null ? "amazonaws.com" : metadata.domain()));
        }
    }

    private final Service service;
    private final String region;
    private final URI endpoint;
    private final AwsCredentialsProvider credentials;
    private final SdkHttpClient http;
    private final RetryStrategy retries;

    public AwsJsonClient(Service service, String region, Optional<URI> endpointOverride,
                         AwsCredentialsProvider credentials, Duration dependencyTimeout) {
        this.service = service;
        this.region = region;
        this.endpoint = endpointOverride.orElseGet(() -> service.endpoint(region));
        this.credentials = credentials;
        this.http = AwsClients.httpClient(dependencyTimeout,
                AwsClients.Calls.CONTROL.attemptTimeout(dependencyTimeout)).build();
        // the generated clients' default: 3 attempts with jittered backoff, throttling and 5xx retried
        this.retries = DefaultRetryStrategy.standardStrategyBuilder()
                .retryOnException(e -> e instanceof AwsJsonException a ? a.retryable() : e instanceof UncheckedIOException)
                .build();
    }

    /** The operation's answer; an AWS error as {@link AwsJsonException} once retries are spent. */
    public JsonNode call(String operation, Map<String, ?> request) {
        byte[] body = body(request);
        RetryToken token = retries.acquireInitialToken(AcquireInitialTokenRequest.create(service.signingName)).token();
        while (true) {
            try {
                JsonNode answer = attempt(operation, body);
                retries.recordSuccess(RecordSuccessRequest.create(token));
                return answer;
            } catch (AwsJsonException | UncheckedIOException e) {
                try {
                    var refreshed = retries.refreshRetryToken(RefreshRetryTokenRequest.builder()
                            .token(token).failure(e).build());
                    token = refreshed.token();
                    sleep(refreshed.delay());
                } catch (TokenAcquisitionFailedException spent) {
                    throw e;
                }
            }
        }
    }

    private JsonNode attempt(String operation, byte[] body) {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(endpoint)
                .encodedPath(endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath())
                .putHeader("Content-Type", service.contentType)
                .putHeader("X-Amz-Target", service.targetPrefix + "." + operation)
                .build();
        ContentStreamProvider payload = ContentStreamProvider.fromByteArrayUnsafe(body);
        SignedRequest signed = SIGNER.sign(SignRequest.<AwsCredentialsIdentity>builder(credentials.resolveCredentials())
                .request(request).payload(payload)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service.signingName)
                .build());
        try {
            HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request()).contentStreamProvider(payload).build()).call();
            int status = response.httpResponse().statusCode();
            JsonNode answer = read(response);
            if (status / 100 != 2) {
                throw AwsJsonException.of(service.signingName, operation, status, answer,
                        response.httpResponse().firstMatchingHeader("x-amzn-ErrorType"));
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(HttpExecuteResponse response) throws IOException {
        if (response.responseBody().isEmpty()) {
            return JSON.createObjectNode();
        }
        try (InputStream in = response.responseBody().get()) {
            byte[] bytes = in.readAllBytes();
            if (bytes.length == 0) {
                return JSON.createObjectNode();
            }
            try {
                return JSON.readTree(bytes);
            } catch (IOException notJson) {
                // a proxy's or load balancer's page: keep its start for the error, never parse further
                return JSON.createObjectNode().put("message",
                        new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] body(Map<String, ?> request) {
        try {
            return JSON.writeValueAsBytes(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between retries", e);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
