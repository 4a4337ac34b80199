package dev.videoagent.handlers.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorsPolicyTest {

    @Test
    void noConfiguredOriginsMeansNoCorsHeaders() {
        assertThat(new CorsPolicy(List.of()).headersFor("https://a.example")).isEmpty();
        assertThat(new CorsPolicy(List.of()).preflightHeadersFor("https://a.example")).isEmpty();
    }

    @Test
    void wildcardAllowsEveryOrigin() {
        assertThat(new CorsPolicy(List.of("*")).headersFor("https://a.example"))
                .containsEntry("Access-Control-Allow-Origin", "*");
    }

    @Test
    void preflightForAnAllowedOriginListsMethodsAndHeaders() {
        assertThat(new CorsPolicy(List.of("https://a.example")).preflightHeadersFor("https://a.example"))
                .containsEntry("Access-Control-Allow-Origin", "https://a.example")
                .containsEntry("Access-Control-Allow-Methods", CorsPolicy.ALLOWED_METHODS)
                .containsEntry("Access-Control-Allow-Headers", CorsPolicy.ALLOWED_HEADERS);
    }

    @Test
    void preflightForAnotherOriginAllowsNothing() {
        assertThat(new CorsPolicy(List.of("https://a.example")).preflightHeadersFor("https://b.example"))
                .doesNotContainKeys("Access-Control-Allow-Origin", "Access-Control-Allow-Methods");
    }
}
