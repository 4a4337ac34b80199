package dev.videoagent.adapters.secrets;

import com.mongodb.MongoCredential;
import dev.videoagent.adapters.aws.AwsJsonClient;
import dev.videoagent.adapters.aws.AwsJsonException;
import dev.videoagent.core.config.AppConfig;
import dev.videoagent.core.error.DependencyUnavailableException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.bson.Document;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Credentials read from Secrets Manager at start-up, so passwords never sit in a function's environment:
 * the DocumentDB secret (JSON with username and password) and the ElastiCache AUTH token.
 */
public final class SecretsManagerSecrets implements AutoCloseable {

    private final AwsJsonClient client;

    public SecretsManagerSecrets(AwsJsonClient client) {
        this.client = client;
    }

    /** GetSecretValue signed and sent without the generated client (see {@link AwsJsonClient}). */
    public static AwsJsonClient client(AppConfig config, AwsCredentialsProvider credentials) {
        return new AwsJsonClient(AwsJsonClient.Service.SECRETS_MANAGER, config.region(), config.awsEndpointUrl(),
                credentials, config.dependencyTimeout());
    }

    public String value(String secretArn) {
        try {
            String value = client.call("GetSecretValue", Map.of("SecretId", secretArn)).path("SecretString").asText(null);
            if (value == null) {
                throw new DependencyUnavailableException("secretsmanager",
                        new IllegalStateException("the secret has no SecretString"));
            }
            return value;
        } catch (AwsJsonException | UncheckedIOException e) {
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
