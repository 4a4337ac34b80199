package dev.videoagent.adapters.sfn;

import dev.videoagent.core.config.AppConfig;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.SfnClientBuilder;

/** The Step Functions client: explicit region, timeouts and the URL-connection HTTP client. */
public final class SfnClients {

    private SfnClients() {
    }

    public static SfnClient create(AppConfig config) {
        SfnClientBuilder builder = SfnClient.builder()
                .region(Region.of(config.region()))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(config.dependencyTimeout())
                        .socketTimeout(config.dependencyTimeout().multipliedBy(4)))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallAttemptTimeout(config.dependencyTimeout().multipliedBy(4))
                        .build());
        config.awsEndpointUrl().ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
