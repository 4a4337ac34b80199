package dev.videoagent.adapters.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sfn.SfnClient;

class AwsClientsTest {

    private static final Duration DEPENDENCY = Duration.ofMillis(1500);

    @Test
    void eachKindOfCallGetsItsAttemptTimeoutAndTheRegion() {
        try (SfnClient sfn = AwsClients.configure(SfnClient.builder(), "eu-west-1", DEPENDENCY, AwsClients.Calls.CONTROL)
                .credentialsProvider(AnonymousCredentialsProvider.create()).build();
             S3Client s3 = AwsClients.configure(S3Client.builder(), "us-east-1", DEPENDENCY, AwsClients.Calls.TRANSFER)
                     .credentialsProvider(AnonymousCredentialsProvider.create()).build();
             BedrockRuntimeClient bedrock = AwsClients.configure(BedrockRuntimeClient.builder(), "us-east-1", DEPENDENCY,
                     AwsClients.Calls.MODEL).credentialsProvider(AnonymousCredentialsProvider.create()).build()) {
            assertThat(sfn.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
            assertThat(sfn.serviceClientConfiguration().overrideConfiguration().apiCallAttemptTimeout())
                    .contains(Duration.ofMillis(6000));
            assertThat(s3.serviceClientConfiguration().overrideConfiguration().apiCallAttemptTimeout())
                    .contains(Duration.ofSeconds(30));
            assertThat(bedrock.serviceClientConfiguration().overrideConfiguration().apiCallAttemptTimeout())
                    .contains(Duration.ofSeconds(25));
            assertThat(bedrock.serviceClientConfiguration().overrideConfiguration().apiCallTimeout())
                    .as("a model's answer, retries included").contains(Duration.ofSeconds(25));
            assertThat(sfn.serviceClientConfiguration().overrideConfiguration().apiCallTimeout()).isEmpty();
        }
    }
}
