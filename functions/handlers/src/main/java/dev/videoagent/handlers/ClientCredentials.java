package dev.videoagent.handlers;

import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * Credentials a runtime hands the clients of {@link ServiceWiring} instead of having them looked up: the
 * local runtime's per-start keys for the servers it embeds, given per wiring rather than through JVM-wide
 * system properties (tests run several runtimes in one JVM). Empty parts keep the AWS way: the SDK's
 * default chain for AWS calls, and the Redis AUTH token from Secrets Manager (or none).
 */
public record ClientCredentials(Optional<AwsCredentialsProvider> aws, Optional<String> redisPassword) {

    public static final ClientCredentials AWS_DEFAULTS = new ClientCredentials(Optional.empty(), Optional.empty());

    /**
     * The given AWS credentials, else the SDK's default chain (closed with the wiring: it may cache and refresh).
     * A wiring asks once and shares the provider between its AWS calls.
     */
    public AwsCredentialsProvider awsOrDefault(Closeables closeables) {
        return aws.orElseGet(() -> closeables.add(DefaultCredentialsProvider.builder().build()));
    }

    /** Never the password: a record's default toString would put it in any log line that names this. */
    @Override
    public String toString() {
        return "ClientCredentials[aws=" + (aws.isPresent() ? "given" : "default chain") + ", redisPassword="
                + (redisPassword.isPresent() ? "***" : "-") + "]";
    }
}
