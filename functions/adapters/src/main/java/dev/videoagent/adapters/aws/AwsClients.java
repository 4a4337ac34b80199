package dev.videoagent.adapters.aws;

import java.time.Duration;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * The one configuration of every AWS SDK client: explicit region, the URL-connection HTTP client (small, no
 * extra threads, quick to start on Lambda) and timeouts chosen by what the calls move. The connect timeout is
 * always the dependency timeout ({@code DEPENDENCY_TIMEOUT_MS}): a service that does not accept a connection
 * in that time is down, whatever the call.
 */
public final class AwsClients {

    /** How long one attempt of a call may take, as a multiple of the dependency timeout or fixed. */
    public enum Calls {
        /** Small control-plane requests (Step Functions, Secrets Manager): a few times the dependency timeout. */
        CONTROL(4, null),
        /** Object transfers (S3): a 10 s 1080p WebM is tens of MB, uploaded from a render task. */
        TRANSFER(20, null),
        /** A model's answer (Bedrock): seconds of generation, whatever the network. */
        MODEL(0, Duration.ofSeconds(25));

        private final int timesDependencyTimeout;
        private final Duration fixed;

        Calls(int timesDependencyTimeout, Duration fixed) {
            this.timesDependencyTimeout = timesDependencyTimeout;
            this.fixed = fixed;
        }

        /** The longest an attempt (and a socket read in it) may take. */
        public Duration attemptTimeout(Duration dependencyTimeout) {
            return fixed != null ? fixed : dependencyTimeout.multipliedBy(timesDependencyTimeout);
        }
    }

    private AwsClients() {
    }

    /** Applies the region, the HTTP client and the timeouts of {@code calls} to a client builder. */
    public static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, String region,
                                                                                            Duration dependencyTimeout,
                                                                                            Calls calls) {
        Duration attempt = calls.attemptTimeout(dependencyTimeout);
        builder.region(Region.of(region))
                .httpClientBuilder(httpClient(dependencyTimeout, attempt))
                .overrideConfiguration(o -> {
                    o.apiCallAttemptTimeout(attempt);
                    if (calls == Calls.MODEL) {
                        o.apiCallTimeout(attempt); // the person waits for the answer: retries stay inside it
                    }
                });
        return builder;
    }

    /** The one HTTP client the AWS calls use: connecting may take the dependency timeout, a read {@code read}. */
    public static UrlConnectionHttpClient.Builder httpClient(Duration dependencyTimeout, Duration read) {
        return UrlConnectionHttpClient.builder().connectionTimeout(dependencyTimeout).socketTimeout(read);
    }
}
