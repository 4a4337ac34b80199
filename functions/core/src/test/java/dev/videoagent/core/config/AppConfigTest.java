package dev.videoagent.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {

    private static Map<String, String> validEnv() {
        Map<String, String> env = new HashMap<>();
        env.put(EnvVar.AWS_REGION, "eu-west-1");
        env.put(EnvVar.VIDEO_BUCKET, "video-agent-videos");
        env.put(EnvVar.MONGODB_URI, "mongodb://user:secret@127.0.0.1:27017/?tls=false");
        env.put(EnvVar.REDIS_URL, "redis://127.0.0.1:6379");
        return env;
    }

    @Test
    void readsAValidEnvironmentWithDefaults() {
        AppConfig config = AppConfig.fromEnv(validEnv());

        assertThat(config.region()).isEqualTo("eu-west-1");
        assertThat(config.videoBucket()).isEqualTo("video-agent-videos");
        assertThat(config.mongoUri()).isEqualTo(URI.create("mongodb://user:secret@127.0.0.1:27017/?tls=false"));
        assertThat(config.mongoDatabase()).isEqualTo("videoagent");
        assertThat(config.redisUrl().getPort()).isEqualTo(6379);
        assertThat(config.awsEndpointUrl()).isEmpty();
        assertThat(config.corsAllowedOrigins()).isEmpty();
        assertThat(config.dependencyTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(config.logLevel()).isEqualTo("INFO");
    }

    @Test
    void readsOptionalValues() {
        Map<String, String> env = validEnv();
        env.put(EnvVar.AWS_ENDPOINT_URL, "http://localhost:4566");
        env.put(EnvVar.CORS_ALLOWED_ORIGINS, "https://example.com, http://localhost:8080");
        env.put(EnvVar.DEPENDENCY_TIMEOUT_MS, "250");
        env.put(EnvVar.MONGODB_DATABASE, "prompts_test");
        env.put(EnvVar.LOG_LEVEL, "debug");

        AppConfig config = AppConfig.fromEnv(env);

        assertThat(config.awsEndpointUrl()).contains(URI.create("http://localhost:4566"));
        assertThat(config.corsAllowedOrigins()).containsExactly("https://example.com", "http://localhost:8080");
        assertThat(config.dependencyTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.mongoDatabase()).isEqualTo("prompts_test");
        assertThat(config.logLevel()).isEqualTo("DEBUG");
    }

    @Test
    void missingRequiredValueNamesTheVariable() {
        for (String name : List.of(EnvVar.AWS_REGION, EnvVar.VIDEO_BUCKET, EnvVar.MONGODB_URI, EnvVar.REDIS_URL)) {
            Map<String, String> env = validEnv();
            env.remove(name);
            assertThatThrownBy(() -> AppConfig.fromEnv(env))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage(name + ": is required but not set")
                    .extracting(e -> ((ConfigException) e).variable()).isEqualTo(name);
        }
    }

    @Test
    void blankCountsAsMissing() {
        Map<String, String> env = validEnv();
        env.put(EnvVar.REDIS_URL, "   ");
        assertThatThrownBy(() -> AppConfig.fromEnv(env)).hasMessageStartingWith("REDIS_URL:");
    }

    @Test
    void badValuesFailWithTheVariableName() {
        assertBad(EnvVar.AWS_REGION, "Mars", "AWS_REGION: not an AWS region");
        assertBad(EnvVar.VIDEO_BUCKET, "Videos_Bucket", "VIDEO_BUCKET: not a valid bucket name");
        assertBad(EnvVar.MONGODB_URI, "postgres://localhost/db", "MONGODB_URI: expected a URI with scheme");
        assertBad(EnvVar.REDIS_URL, "localhost:6379", "REDIS_URL: expected a URI with scheme");
        assertBad(EnvVar.REDIS_URL, "redis://exa mple:1", "REDIS_URL: not a valid URI");
        assertBad(EnvVar.AWS_ENDPOINT_URL, "ftp://localhost", "AWS_ENDPOINT_URL: expected an http");
        assertBad(EnvVar.CORS_ALLOWED_ORIGINS, "https://example.com/path", "CORS_ALLOWED_ORIGINS: 'https://example.com/path' is not an origin");
        assertBad(EnvVar.DEPENDENCY_TIMEOUT_MS, "fast", "DEPENDENCY_TIMEOUT_MS: not a whole number");
        assertBad(EnvVar.DEPENDENCY_TIMEOUT_MS, "10", "DEPENDENCY_TIMEOUT_MS: must be between 50 and 60000");
        assertBad(EnvVar.MONGODB_DATABASE, "a.b", "MONGODB_DATABASE: not a valid database name");
        assertBad(EnvVar.LOG_LEVEL, "loud", "LOG_LEVEL: expected one of");
    }

    @Test
    void errorMessagesAndToStringNeverShowPasswords() {
        Map<String, String> env = validEnv();
        env.put(EnvVar.MONGODB_URI, "postgres://admin:hunter2@db:5432/x");
        assertThatThrownBy(() -> AppConfig.fromEnv(env)).message().doesNotContain("hunter2").contains("***@db");

        Map<String, String> ok = validEnv();
        ok.put(EnvVar.REDIS_URL, "rediss://:tok3n@cache:6379");
        assertThat(AppConfig.fromEnv(ok).toString()).doesNotContain("secret").doesNotContain("tok3n");
    }

    private static void assertBad(String name, String value, String messageStart) {
        Map<String, String> env = validEnv();
        env.put(name, value);
        assertThatThrownBy(() -> AppConfig.fromEnv(env))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(messageStart);
    }

    @Test
    void awsSecretArnsAndTheWorkflowSettingsAreValidatedNamingTheVariable() {
        Map<String, String> base = new java.util.HashMap<>(Map.of("AWS_REGION", "us-east-1", "VIDEO_BUCKET", "videos",
                "MONGODB_URI", "mongodb://h:1", "REDIS_URL", "redis://h:2"));
        base.put("MONGODB_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:docdb-AbCd");
        base.put("STATE_MACHINE_ARN", "arn:aws:states:us-east-1:123456789012:stateMachine:render");
        AppConfig config = AppConfig.fromEnv(base);
        assertThat(config.mongoSecretArn()).isPresent();
        assertThat(config.redisSecretArn()).isEmpty();
        assertThat(config.renderTaskTimeout()).isEqualTo(java.time.Duration.ofMinutes(10));

        for (String[] bad : new String[][] {{"REDIS_SECRET_ARN", "secret"}, {"STATE_MACHINE_ARN", "arn:aws:states:x"},
                {"RENDER_TASK_TIMEOUT_SECONDS", "0"}, {"RENDER_TASK_TIMEOUT_SECONDS", "soon"},
                {"VIDEO_AGENT_METRICS", "yes"}}) {
            Map<String, String> env = new java.util.HashMap<>(base);
            env.put(bad[0], bad[1]);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> AppConfig.fromEnv(env)).hasMessageContaining(bad[0]);
        }
    }

    @Test
    void aLocalOllamaNeedsBothItsUrlAndItsModel() {
        Map<String, String> env = validEnv();
        env.put(EnvVar.OLLAMA_URL, "http://127.0.0.1:11434");
        env.put(EnvVar.OLLAMA_MODEL, "llama3.2:3b");
        AppConfig config = AppConfig.fromEnv(env);
        assertThat(config.ollamaUrl()).contains(URI.create("http://127.0.0.1:11434"));
        assertThat(config.ollamaModel()).contains("llama3.2:3b");
        assertThat(AppConfig.fromEnv(validEnv()).ollamaUrl()).isEmpty();

        Map<String, String> urlOnly = validEnv();
        urlOnly.put(EnvVar.OLLAMA_URL, "http://127.0.0.1:11434");
        assertThatThrownBy(() -> AppConfig.fromEnv(urlOnly)).hasMessageStartingWith("OLLAMA_MODEL:");
        Map<String, String> modelOnly = validEnv();
        modelOnly.put(EnvVar.OLLAMA_MODEL, "llama3.2");
        assertThatThrownBy(() -> AppConfig.fromEnv(modelOnly)).hasMessageStartingWith("OLLAMA_URL:");
        assertBad(EnvVar.OLLAMA_URL, "localhost:11434", "OLLAMA_URL:");
        env.put(EnvVar.OLLAMA_MODEL, "llama 3; rm -rf");
        assertThatThrownBy(() -> AppConfig.fromEnv(env)).hasMessageStartingWith("OLLAMA_MODEL: not a model name");
    }
}
