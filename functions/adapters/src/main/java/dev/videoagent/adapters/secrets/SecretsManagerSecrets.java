package dev.videoagent.adapters.secrets;

import com.mongodb.MongoCredential;
import dev.videoagent.adapters.aws.AwsClients;
import dev.videoagent.core.config.AppConfig;
import dev.videoagent.core.error.DependencyUnavailableException;
import org.bson.Document;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;

/**
 * Credentials read from Secrets Manager at start-up, so passwords never sit in a function's environment:
 * the DocumentDB secret (JSON with username and password) and the ElastiCache AUTH token.
 */
public final class SecretsManagerSecrets implements AutoCloseable {

    private final SecretsManagerClient client;

    public SecretsManagerSecrets(SecretsManagerClient client) {
        this.client = client;
    }

    public static SecretsManagerClient client(AppConfig config) {
        SecretsManagerClientBuilder builder = AwsClients.configure(SecretsManagerClient.builder(), config.region(),
                config.dependencyTimeout(), AwsClients.Calls.CONTROL);
        config.awsEndpointUrl().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public String value(String secretArn) {
        try {
            return client.getSecretValue(b -> b.secretId(secretArn)).secretString();
        } catch (SdkException e) {
            throw new DependencyUnavailableException("secretsmanager", e);
        }
    }

    /** The DocumentDB secret CDK creates: {"username": ..., "password": ...}; users authenticate against admin. */
    public MongoCredential mongoCredential(String secretArn) {
        Document secret = Document.parse(value(secretArn));
        return MongoCredential.createCredential(secret.getString("username"), "admin",
                secret.getString("password").toCharArray());
    }

    @Override
    public void close() {
        client.close();
    }
}
