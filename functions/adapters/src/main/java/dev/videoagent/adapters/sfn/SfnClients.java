package dev.videoagent.adapters.sfn;

import dev.videoagent.adapters.aws.AwsClients;
import dev.videoagent.core.config.AppConfig;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.SfnClientBuilder;

/** The Step Functions client: explicit region, timeouts and the URL-connection HTTP client. */
public final class SfnClients {

    private SfnClients() {
    }

    public static SfnClient create(AppConfig config) {
        SfnClientBuilder builder = AwsClients.configure(SfnClient.builder(), config.region(),
                config.dependencyTimeout(), AwsClients.Calls.CONTROL);
        config.awsEndpointUrl().ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
