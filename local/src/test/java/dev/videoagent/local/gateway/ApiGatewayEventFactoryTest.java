package dev.videoagent.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import dev.videoagent.handlers.http.ApiRoute;
import dev.videoagent.handlers.http.HandlerKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiGatewayEventFactoryTest {

    private static final ApiRoute ROUTE = new ApiRoute("GET", "/api/renders/{jobId}", HandlerKind.HEALTH);

    private static APIGatewayProxyRequestEvent event(String rawQuery, Map<String, List<String>> headers, String body) {
        return ApiGatewayEventFactory.create(
                new ApiGatewayEventFactory.HttpRequest("GET", "/api/renders/job%2042", rawQuery, headers,
                        body.getBytes(StandardCharsets.UTF_8), "127.0.0.1"),
                ROUTE, Map.of("jobId", "job%2042"), "req-1", Instant.parse("2026-11-24T10:15:30Z"), Optional.empty());
    }

    @Test
    void carriesTheRestProxyFieldsHandlersRelyOn() {
        APIGatewayProxyRequestEvent event = event(null, Map.of("Accept", List.of("application/json")), "");

        assertThat(event.getHttpMethod()).isEqualTo("GET");
        assertThat(event.getResource()).isEqualTo("/api/renders/{jobId}");
        assertThat(event.getPath()).isEqualTo("/api/renders/job 42");
        assertThat(event.getPathParameters()).isEqualTo(Map.of("jobId", "job 42"));
        assertThat(event.getRequestContext().getRequestId()).isEqualTo("req-1");
        assertThat(event.getRequestContext().getStage()).isEqualTo("local");
        assertThat(event.getRequestContext().getResourcePath()).isEqualTo("/api/renders/{jobId}");
        assertThat(event.getRequestContext().getIdentity().getSourceIp()).isEqualTo("127.0.0.1");
        assertThat(event.getRequestContext().getRequestTimeEpoch()).isEqualTo(1795515330000L);
        assertThat(event.getHeaders()).containsEntry("Accept", "application/json");
        assertThat(event.getMultiValueHeaders()).containsEntry("Accept", List.of("application/json"));
        assertThat(event.getBody()).isNull();
        assertThat(event.getIsBase64Encoded()).isFalse();
        assertThat(event.getQueryStringParameters()).isNull();
    }

    @Test
    void queryStringKeepsEveryValueAndTheLastOneWins() {
        APIGatewayProxyRequestEvent event = event("concept=%EB%88%88+%EB%82%B4%EB%A6%AC%EB%8A%94&limit=3&limit=5&flag",
                Map.of(), "");

        assertThat(event.getQueryStringParameters())
                .containsEntry("concept", "눈 내리는").containsEntry("limit", "5").containsEntry("flag", "");
        assertThat(event.getMultiValueQueryStringParameters()).containsEntry("limit", List.of("3", "5"));
    }

    @Test
    void aBodyThatIsNotUtf8IsPassedAsBase64ForTheHandlerToRefuse() {
        byte[] latin1 = {'{', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}'};
        APIGatewayProxyRequestEvent event = ApiGatewayEventFactory.create(
                new ApiGatewayEventFactory.HttpRequest("POST", "/api/prompts", null, Map.of(), latin1, "127.0.0.1"),
                ROUTE, Map.of(), "req-2", Instant.parse("2026-11-24T10:15:30Z"), Optional.empty());

        assertThat(event.getIsBase64Encoded()).isTrue();
        assertThat(java.util.Base64.getDecoder().decode(event.getBody())).isEqualTo(latin1);
        assertThat(event("", Map.of(), "{\"a\":\"é\"}").getIsBase64Encoded()).isFalse();
    }

    @Test
    void theAuthorizersClaimsAreWhereTheCognitoAuthorizerPutsThemAndAbsentWithoutOne() {
        APIGatewayProxyRequestEvent signedIn = ApiGatewayEventFactory.create(
                new ApiGatewayEventFactory.HttpRequest("GET", "/api/history", null, Map.of(), new byte[0], "127.0.0.1"),
                ROUTE, Map.of(), "req-3", Instant.parse("2026-11-24T10:15:30Z"), Optional.of(Map.of("sub", "ana")));

        assertThat(signedIn.getRequestContext().getAuthorizer()).isEqualTo(Map.of("claims", Map.of("sub", "ana")));
        assertThat(event("", Map.of(), "").getRequestContext().getAuthorizer()).isNull();
    }

    @Test
    void malformedEscapesArePassedThroughNotThrown() {
        APIGatewayProxyRequestEvent event = event("q=%zz%", Map.of(), "");
        assertThat(event.getQueryStringParameters()).containsEntry("q", "%zz%");
        assertThat(ApiGatewayEventFactory.percentDecode("/a%2")).isEqualTo("/a%2");
    }

    @Test
    void bodyIsUtf8Text() {
        assertThat(event(null, Map.of(), "{\"concept\":\"산타마을\"}").getBody()).isEqualTo("{\"concept\":\"산타마을\"}");
    }
}
