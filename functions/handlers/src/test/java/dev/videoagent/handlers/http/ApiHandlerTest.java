package dev.videoagent.handlers.http;

import static dev.videoagent.handlers.ApiEvents.json;
import static dev.videoagent.handlers.ApiEvents.request;
import static dev.videoagent.handlers.ApiEvents.withHeader;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ApiHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Echo(String text, Integer count) {
    }

    /** A handler that parses the body and echoes it, or runs a given failure. */
    private static ApiHandler handler(CorsPolicy cors, Function<ApiRequest, ApiResult> body) {
        return new ApiHandler(cors) {
            @Override
            protected ApiResult handle(ApiRequest request) {
                return body.apply(request);
            }
        };
    }

    private static final ApiHandler ECHO = handler(new CorsPolicy(List.of()),
            request -> ApiResult.ok(request.jsonBody(Echo.class)));

    private static JsonNode body(APIGatewayProxyResponseEvent response) throws Exception {
        return JSON.readTree(response.getBody());
    }

    private static void assertError(APIGatewayProxyResponseEvent response, int status, String code,
                                    APIGatewayProxyRequestEvent event) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(status);
        JsonNode error = body(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.get("requestId").asText()).isEqualTo(event.getRequestContext().getRequestId());
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
        assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void validJsonIsParsedAndAnsweredWithTheRequestId() throws Exception {
        APIGatewayProxyRequestEvent event = json("POST", "/api/x", "{\"text\":\"귀여운 강아지\",\"count\":2}");

        APIGatewayProxyResponseEvent response = ECHO.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(body(response).get("text").asText()).isEqualTo("귀여운 강아지");
        assertThat(body(response).get("count").asInt()).isEqualTo(2);
        assertThat(response.getHeaders()).containsEntry("X-Request-Id", event.getRequestContext().getRequestId());
    }

    @Test
    void controlCharactersAndLoneSurrogatesAre400NamingTheField() throws Exception {
        for (String body : List.of("{\"text\":\"a\\u0000b\"}", "{\"text\":\"bell \\u0007\"}",
                "{\"text\":\"half \\ud83d of an emoji\"}", "{\"text\":\"\\udc00\"}")) {
            APIGatewayProxyRequestEvent event = json("POST", "/api/x", body);
            APIGatewayProxyResponseEvent response = ECHO.handleRequest(event, null);
            assertError(response, 400, "bad_request", event);
            assertThat(body(response).get("error").get("message").asText()).as(body).contains("'text'");
        }
        APIGatewayProxyRequestEvent kept = json("POST", "/api/x", "{\"text\":\"line\\nbreak\\ttab 😀\"}");
        assertThat(body(ECHO.handleRequest(kept, null)).get("text").asText()).isEqualTo("line\nbreak\ttab 😀");
    }

    @Test
    void aBodyThatIsNotUtf8Is400AndNeverSilentlyReplaced() throws Exception {
        APIGatewayProxyRequestEvent event = json("POST", "/api/x", "");
        byte[] bytes = "{\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1); // é as one Latin-1 byte
        event.setBody(Base64.getEncoder().encodeToString(bytes));
        event.setIsBase64Encoded(true);
        APIGatewayProxyResponseEvent response = ECHO.handleRequest(event, null);
        assertError(response, 400, "bad_request", event);
        assertThat(body(response).get("error").get("message").asText()).contains("UTF-8");
    }

    @Test
    void aFloatWhereAWholeNumberBelongsIs400() throws Exception {
        APIGatewayProxyRequestEvent event = json("POST", "/api/x", "{\"text\":\"a\",\"count\":5.5}");
        assertError(ECHO.handleRequest(event, null), 400, "bad_request", event);
    }

    @Test
    void anErrorEchoesAtMostAHundredCharactersOfWhatWasSent() throws Exception {
        String name = "x".repeat(5000);
        APIGatewayProxyRequestEvent event = json("POST", "/api/x", "{\"" + name + "\":1}");
        APIGatewayProxyResponseEvent response = ECHO.handleRequest(event, null);
        assertError(response, 400, "bad_request", event);
        assertThat(body(response).get("error").get("message").asText()).doesNotContain("x".repeat(101));
    }

    @Test
    void aBackendTheDeploymentLacksIs400NamingTheOnesItHas() throws Exception {
        ApiHandler refusing = handler(new CorsPolicy(List.of()), request -> {
            throw new dev.videoagent.core.error.BackendNotAvailableException("comfyui", List.of("procedural"));
        });
        APIGatewayProxyRequestEvent event = json("POST", "/api/x", "{}");

        APIGatewayProxyResponseEvent response = refusing.handleRequest(event, null);

        assertError(response, 400, "backend_not_available", event);
        JsonNode error = body(response).get("error");
        assertThat(error.get("backend").asText()).isEqualTo("comfyui");
        assertThat(error.get("available").get(0).asText()).isEqualTo("procedural");
        assertThat(error.get("message").asText()).contains("'comfyui'").contains("procedural");
    }

    @Test
    void malformedJsonIs400() throws Exception {
        APIGatewayProxyRequestEvent event = json("POST", "/api/x", "{\"text\": ");
        assertError(ECHO.handleRequest(event, null), 400, "malformed_json", event);
    }

    @Test
    void emptyBodyIs400() throws Exception {
        APIGatewayProxyRequestEvent event = json("POST", "/api/x", "");
        assertError(ECHO.handleRequest(event, null), 400, "bad_request", event);
    }

    @Test
    void nonObjectUnknownFieldsWrongTypesAndTrailingGarbageAre400() throws Exception {
        for (String bad : List.of("[1,2]", "\"text\"", "null", "{\"txt\":\"a\"}", "{\"count\":\"many\"}",
                "{\"text\":\"a\"} {}", "{\"text\":\"a\",\"text\":\"b\"}")) {
            APIGatewayProxyRequestEvent event = json("POST", "/api/x", bad);
            APIGatewayProxyResponseEvent response = ECHO.handleRequest(event, null);
            assertThat(response.getStatusCode()).as(bad).isEqualTo(400);
            assertThat(body(response).get("error").get("requestId").asText()).isNotBlank();
        }
    }

    @Test
    void unknownFieldMessageNamesTheFieldAndTheAllowedOnes() throws Exception {
        APIGatewayProxyResponseEvent response = ECHO.handleRequest(json("POST", "/api/x", "{\"txt\":\"a\"}"), null);
        assertThat(body(response).get("error").get("message").asText())
                .contains("'txt'").contains("count, text");
    }

    @Test
    void missingOrNonJsonContentTypeIs415() throws Exception {
        APIGatewayProxyRequestEvent none = request("POST", "/api/x").withBody("{}");
        assertError(ECHO.handleRequest(none, null), 415, "unsupported_media_type", none);

        APIGatewayProxyRequestEvent form = withHeader(request("POST", "/api/x").withBody("a=b"),
                "Content-Type", "application/x-www-form-urlencoded");
        assertError(ECHO.handleRequest(form, null), 415, "unsupported_media_type", form);

        APIGatewayProxyRequestEvent latin1 = withHeader(request("POST", "/api/x").withBody("{}"),
                "Content-Type", "application/json; charset=ISO-8859-1");
        assertError(ECHO.handleRequest(latin1, null), 415, "unsupported_media_type", latin1);
    }

    @Test
    void contentTypeIsMatchedCaseInsensitivelyWithCharsetUtf8() {
        APIGatewayProxyRequestEvent event = withHeader(request("POST", "/api/x").withBody("{\"text\":\"a\"}"),
                "CONTENT-TYPE", "Application/JSON; Charset=\"UTF-8\"");
        assertThat(ECHO.handleRequest(event, null).getStatusCode()).isEqualTo(200);
    }

    @Test
    void bodyOver64KibIs413AndExactly64KibIsAccepted() throws Exception {
        String filler = "{\"text\":\"" + "a".repeat(ApiRequest.MAX_BODY_BYTES - 11) + "\"}";
        assertThat(filler.getBytes(StandardCharsets.UTF_8)).hasSize(ApiRequest.MAX_BODY_BYTES);
        assertThat(ECHO.handleRequest(json("POST", "/api/x", filler), null).getStatusCode()).isEqualTo(200);

        // multi-byte characters count as their UTF-8 bytes
        String korean = "{\"text\":\"" + "가".repeat(ApiRequest.MAX_BODY_BYTES / 3) + "\"}";
        APIGatewayProxyRequestEvent event = json("POST", "/api/x", korean);
        assertError(ECHO.handleRequest(event, null), 413, "payload_too_large", event);
    }

    @Test
    void base64EncodedBodiesAreDecodedAndLimited() throws Exception {
        APIGatewayProxyRequestEvent event = json("POST", "/api/x",
                Base64.getEncoder().encodeToString("{\"text\":\"b64\"}".getBytes(StandardCharsets.UTF_8)))
                .withIsBase64Encoded(true);
        assertThat(body(ECHO.handleRequest(event, null)).get("text").asText()).isEqualTo("b64");
    }

    @Test
    void domainErrorsMapToTheirStatuses() throws Exception {
        ApiHandler invalid = handler(new CorsPolicy(List.of()), r -> {
            throw new ValidationException("concept is required");
        });
        APIGatewayProxyRequestEvent event = request("GET", "/api/x");
        APIGatewayProxyResponseEvent response = invalid.handleRequest(event, null);
        assertError(response, 400, "validation_failed", event);
        assertThat(body(response).get("error").get("message").asText()).isEqualTo("concept is required");

        ApiHandler down = handler(new CorsPolicy(List.of()), r -> {
            throw new DependencyUnavailableException("mongo", new RuntimeException("timeout"));
        });
        APIGatewayProxyResponseEvent unavailable = down.handleRequest(event, null);
        assertError(unavailable, 503, "dependency_unavailable", event);
        assertThat(unavailable.getHeaders()).containsEntry("Retry-After", "5");
    }

    @Test
    void unexpectedFailuresAre500WithoutInternalDetails() throws Exception {
        ApiHandler broken = handler(new CorsPolicy(List.of()), r -> {
            throw new IllegalStateException("secret internal state at db-host-7");
        });
        APIGatewayProxyRequestEvent event = request("GET", "/api/x");
        APIGatewayProxyResponseEvent response = broken.handleRequest(event, null);

        assertError(response, 500, "internal_error", event);
        assertThat(response.getBody()).doesNotContain("db-host-7").doesNotContain("IllegalState");
    }

    @Test
    void aMissingRequestContextStillGetsARequestId() throws Exception {
        APIGatewayProxyRequestEvent event = request("GET", "/api/x").withRequestContext(null);
        APIGatewayProxyResponseEvent response = handler(new CorsPolicy(List.of()),
                r -> ApiResult.ok(Map.of("ok", true))).handleRequest(event, null);
        assertThat(response.getHeaders().get("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void corsHeadersOnlyForConfiguredOrigins() {
        ApiHandler cors = handler(new CorsPolicy(List.of("https://app.example.com")),
                r -> ApiResult.ok(Map.of()));

        APIGatewayProxyResponseEvent allowed = cors.handleRequest(
                withHeader(request("GET", "/api/x"), "Origin", "https://app.example.com"), null);
        assertThat(allowed.getHeaders()).containsEntry("Access-Control-Allow-Origin", "https://app.example.com")
                .containsEntry("Vary", "Origin");

        APIGatewayProxyResponseEvent other = cors.handleRequest(
                withHeader(request("GET", "/api/x"), "Origin", "https://evil.example.net"), null);
        assertThat(other.getHeaders()).doesNotContainKey("Access-Control-Allow-Origin");
    }
}
