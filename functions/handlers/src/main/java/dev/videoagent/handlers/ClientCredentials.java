package dev.videoagent.handlers;

import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * Credentials a runtime hands the clients of {@link ServiceWiring} instead of having them looked up: the
 * local runtime's per-start keys for the servers it embeds, given per wiring rather than through JVM-wide
 * system properties (tests run several runtimes in one JVM). Empty parts keep the AWS way: the SDK's
 * default chain for S3, and the Redis AUTH token from Secrets Manager (or none).
 */
public record ClientCredentials(Optional<AwsCredentialsProvider> s3, Optional<String> redisPassword) {

    public static final ClientCredentials AWS_DEFAULTS = new ClientCredentials(Optional.empty(), Optional.empty());

    /** The given S3 credentials, else the SDK's default chain (closed with the wiring: it may cache and refresh). */
    public AwsCredentialsProvider s3OrDefault(Closeables closeables) {
        return s3.orElseGet(() -> closeables.add(DefaultCredentialsProvider.builder().build()));
    }

    /** Never the password: a record's default toString would put it in any log line that names this. */
    @Override
    public String toString() {
        return "ClientCredentials[s3=" + (s3.isPresent() ? "given" : "default chain") + ", redisPassword="
                + (redisPassword.isPresent() ? "***" : "-") + "]";
    }
}
