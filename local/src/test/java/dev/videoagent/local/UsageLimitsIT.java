package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.core.config.EnvVar;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-person limits through the gateway, counted in the embedded Redis: 429 with Retry-After, one person at a time. */
class UsageLimitsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;
    private static LocalRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = LocalRuntime.start(TestRuntimes.options(data).withUsers(), Map.of(EnvVar.LIMIT_WRITES_PER_MINUTE, "2",
                EnvVar.LIMIT_RENDER_SECONDS_PER_DAY, "10"));
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    @Test
    void aPersonsThirdPromptInAMinuteIs429WithRetryAfterWhileAnotherPersonGoesOn() throws Exception {
        HttpCalls ana = new HttpCalls(runtime.port(), LocalTokens.token(runtime, "ana"));
        HttpCalls ben = new HttpCalls(runtime.port(), LocalTokens.token(runtime, "ben"));
        json(ana.post("/api/prompts", "application/json", "{\"concept\":\"a red kite\"}"), 200);
        json(ana.post("/api/prompts", "application/json", "{\"concept\":\"a blue kite\"}"), 200);

        HttpResponse<String> third = ana.post("/api/prompts", "application/json", "{\"concept\":\"a green kite\"}");
        assertThat(json(third, 429).get("error").get("code").asText()).isEqualTo("rate_limited");
        assertThat(Long.parseLong(third.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 30L);
        json(ben.post("/api/prompts", "application/json", "{\"concept\":\"a green kite\"}"), 200);
        assertThat(json(ana.get("/api/history"), 200).get("items")).hasSize(2); // the refused one was not stored
    }

    @Test
    void rendersPastTheDailyQuotaAre429QuotaExceededWithWhenItResets() throws Exception {
        HttpCalls cara = new HttpCalls(runtime.port(), LocalTokens.token(runtime, "cara"));
        json(cara.post("/api/renders", "application/json", "{\"prompt\":\"a lighthouse at dusk\",\"durationSeconds\":10}"), 202);

        HttpResponse<String> over = cara.post("/api/renders", "application/json",
                "{\"prompt\":\"a lighthouse at dawn\",\"durationSeconds\":5}");
        JsonNode error = json(over, 429).get("error");
        assertThat(error.get("code").asText()).isEqualTo("quota_exceeded");
        assertThat(Instant.parse(error.get("resetsAt").asText())).isAfter(Instant.now());
        assertThat(over.headers().firstValue("Retry-After")).isPresent();
    }
}
