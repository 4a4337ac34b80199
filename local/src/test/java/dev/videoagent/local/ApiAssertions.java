package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;

/** What every error answer of the API must be: the status, JSON with a code, a message and the request id. */
final class ApiAssertions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiAssertions() {
    }

    static void assertErrorJson(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(response.headers().firstValue("X-Request-Id")).contains(error.get("requestId").asText());
    }
}
