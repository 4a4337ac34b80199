package dev.videoagent.adapters.s3;

import dev.videoagent.adapters.aws.AwsClients;
import dev.videoagent.core.config.AppConfig;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Builds the one S3 client a runtime uses: explicit region, timeouts and the URL-connection HTTP client.
 * Credentials come from the SDK's default chain unless a runtime hands its own (the local runtime's
 * per-start key for its embedded server: per client, since tests run several runtimes in one JVM).
 */
public final class S3Clients {

    private S3Clients() {
    }

    public static S3Client create(AppConfig config) {
        return create(config, Optional.empty());
    }

    public static S3Client create(AppConfig config, Optional<AwsCredentialsProvider> credentials) {
        return create(config.region(), config.awsEndpointUrl(), config.dependencyTimeout(), credentials);
    }

    public static S3Client create(String region, Optional<URI> endpoint, Duration timeout) {
        return create(region, endpoint, timeout, Optional.empty());
    }

    public static S3Client create(String region, Optional<URI> endpoint, Duration timeout,
                                  Optional<AwsCredentialsProvider> credentials) {
        S3ClientBuilder builder = AwsClients.configure(S3Client.builder(), region, timeout, AwsClients.Calls.TRANSFER);
        credentials.ifPresent(builder::credentialsProvider);
        endpoint.ifPresent(url -> builder
                .endpointOverride(url)
                .forcePathStyle(true)
                // S3-compatible servers (s3proxy, LocalStack) do not all speak the newer trailing checksums
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED));
        return builder.build();
    }
}
