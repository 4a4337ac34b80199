package dev.videoagent.adapters.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoCredential;
import com.sun.net.httpserver.HttpServer;
import dev.videoagent.core.config.AppConfig;
import dev.videoagent.core.error.DependencyUnavailableException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Secrets Manager adapter against a local stub of its JSON API (Secrets Manager cannot run here). */
class SecretsManagerSecretsIT {

    private static final String ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:docdb-AbCdEf";

    private HttpServer stub;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer;

    @BeforeEach
    void startStub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/", exchange -> {
            requests.add(exchange.getRequestHeaders().getFirst("X-Amz-Target") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
            if (status != 200) {
                exchange.getResponseHeaders().set("x-amzn-ErrorType", "InternalServiceError");
            }
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        stub.start();
    }

    @AfterEach
    void stopStub() {
        stub.stop(0);
    }

    private SecretsManagerSecrets secrets() {
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
        AppConfig config = AppConfig.fromEnv(Map.of("AWS_REGION", "us-east-1", "VIDEO_BUCKET", "videos",
                "MONGODB_URI", "mongodb://127.0.0.1:1", "REDIS_URL", "redis://127.0.0.1:1",
                "AWS_ENDPOINT_URL", "http://127.0.0.1:" + stub.getAddress().getPort(), "DEPENDENCY_TIMEOUT_MS", "500",
                "MONGODB_SECRET_ARN", ARN));
        return new SecretsManagerSecrets(SecretsManagerSecrets.client(config));
    }

    @Test
    void theDocumentDbSecretBecomesACredentialForTheAdminDatabase() {
        answer = "{\"ARN\":\"" + ARN + "\",\"Name\":\"docdb\",\"SecretString\":"
                + "\"{\\\"username\\\":\\\"videoagent\\\",\\\"password\\\":\\\"p@ss:w/rd\\\",\\\"port\\\":27117}\"}";

        try (SecretsManagerSecrets secrets = secrets()) {
            MongoCredential credential = secrets.mongoCredential(ARN);

            assertThat(credential.getUserName()).isEqualTo("videoagent");
            assertThat(new String(credential.getPassword())).isEqualTo("p@ss:w/rd");
            assertThat(credential.getSource()).isEqualTo("admin");
        }
        assertThat(requests.get(0)).startsWith("secretsmanager.GetSecretValue ").contains(ARN);
    }

    @Test
    void aFailingServiceIsADependencyThatIsUnavailable() {
        status = 500;
        answer = "{\"__type\":\"InternalServiceError\",\"message\":\"boom\"}";

        try (SecretsManagerSecrets secrets = secrets()) {
            assertThatThrownBy(() -> secrets.value(ARN)).isInstanceOf(DependencyUnavailableException.class);
        }
    }
}
