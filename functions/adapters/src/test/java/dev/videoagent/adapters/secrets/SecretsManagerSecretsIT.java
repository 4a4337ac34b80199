package dev.videoagent.adapters.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoCredential;
import dev.videoagent.adapters.stub.AwsApiStub;
import dev.videoagent.core.config.AppConfig;
import dev.videoagent.core.error.DependencyUnavailableException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/** The Secrets Manager adapter against a local stub of its JSON API (Secrets Manager cannot run here). */
class SecretsManagerSecretsIT {

    private static final String ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:docdb-AbCdEf";

    private final AwsApiStub stub = new AwsApiStub("application/x-amz-json-1.1");

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private SecretsManagerSecrets secrets() {
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
        AppConfig config = AppConfig.fromEnv(Map.of("AWS_REGION", "us-east-1", "VIDEO_BUCKET", "videos",
                "MONGODB_URI", "mongodb://127.0.0.1:1", "REDIS_URL", "redis://127.0.0.1:1",
                "AWS_ENDPOINT_URL", stub.endpoint(), "DEPENDENCY_TIMEOUT_MS", "500",
                "MONGODB_SECRET_ARN", ARN));
        return new SecretsManagerSecrets(SecretsManagerSecrets.client(config, DefaultCredentialsProvider.builder().build()));
    }

    @Test
    void theDocumentDbSecretBecomesACredentialForTheAdminDatabase() {
        stub.answer(200, "{\"ARN\":\"" + ARN + "\",\"Name\":\"docdb\",\"SecretString\":"
                + "\"{\\\"username\\\":\\\"videoagent\\\",\\\"password\\\":\\\"p@ss:w/rd\\\",\\\"port\\\":27117}\"}", null);

        try (SecretsManagerSecrets secrets = secrets()) {
            MongoCredential credential = secrets.mongoCredential(ARN);

            assertThat(credential.getUserName()).isEqualTo("videoagent");
            assertThat(new String(credential.getPassword())).isEqualTo("p@ss:w/rd");
            assertThat(credential.getSource()).isEqualTo("admin");
        }
        assertThat(stub.requests().get(0)).contains("secretsmanager.GetSecretValue ").contains(ARN);
    }

    @Test
    void aFailingServiceIsADependencyThatIsUnavailable() {
        stub.answer(500, "{\"__type\":\"InternalServiceError\",\"message\":\"boom\"}", "InternalServiceError");

        try (SecretsManagerSecrets secrets = secrets()) {
            assertThatThrownBy(() -> secrets.value(ARN)).isInstanceOf(DependencyUnavailableException.class);
        }
    }
}
