package dev.videoagent.local;

import static dev.videoagent.local.ApiAssertions.assertErrorJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.local.embedded.EmbeddedRedisServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded redis-server child killed (-9) under the running runtime (what degrades, what is restarted, what
 * recovers), and stopped with it.
 */
class RedisOutageFaultIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private LocalRuntime runtime;

    private LocalRuntime start() {
        runtime = TestRuntimes.start(data);
        return runtime;
    }

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void aKilledRedisServerIsStartedAgainAndTheCacheComesBackByItself() throws Exception {
        HttpCalls http = new HttpCalls(start().port());
        assertThat(http.get("/api/health").statusCode()).isEqualTo(200);
        ProcessHandle redis = runtime.embeddedRedis().orElseThrow().processHandle();

        redis.destroyForcibly();
        redis.onExit().get(10, TimeUnit.SECONDS);

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!runtime.embeddedRedis().orElseThrow().events().toString().contains("restarted")
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(runtime.embeddedRedis().orElseThrow().events()).as("within 10 s")
                .anyMatch(e -> e.startsWith("exited")).anyMatch(e -> e.startsWith("restarted as pid"));
        HttpResponse<String> health = http.get("/api/health");
        assertThat(json(health).get("dependencies").get("redis").asText()).as(health.body()).isEqualTo("up");
        http.post("/api/prompts", "application/json", "{\"concept\":\"비 오는 밤거리\"}");
        JsonNode again = json(http.post("/api/prompts", "application/json", "{\"concept\":\"비 오는 밤거리\"}"));
        assertThat(again.get("cached").asBoolean()).as("the client reconnected").isTrue();
    }

    @Test
    void aRedisServerBeingStartedAgainShowsRecoveringUntilItAnswers() throws Exception {
        HttpCalls http = new HttpCalls(start().port());
        EmbeddedRedisServer server = runtime.embeddedRedis().orElseThrow();
        ProcessHandle redis = server.processHandle();

        redis.destroyForcibly();
        redis.onExit().get(10, TimeUnit.SECONDS);
        // the port taken before the first restart (0.25 s after the exit): each restart fails until it is free
        try (java.net.ServerSocket taken = new java.net.ServerSocket()) {
            taken.bind(new java.net.InetSocketAddress(LocalOptions.LOOPBACK, server.port()));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (server.events().stream().noneMatch(e -> e.startsWith("restart failed")) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(server.events()).anyMatch(e -> e.startsWith("restart failed"));

            HttpResponse<String> health = http.get("/api/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(json(health).get("dependencies").get("redis").asText()).as(health.body()).isEqualTo("recovering");
        }
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (server.recovering() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(server.events()).as("a restart once the port was free").last().asString().startsWith("restarted as pid");
        HttpResponse<String> health = http.get("/api/health");
        assertThat(json(health).get("dependencies").get("redis").asText()).as(health.body()).isEqualTo("up");
    }

    @Test
    void killedRedisShowsDownWith503AndTheOtherRoutesStillAnswer() throws Exception {
        runtime = LocalRuntime.start(TestRuntimes.options(data).withoutRedisSupervision(),
                Map.of());
        HttpCalls http = new HttpCalls(runtime.port());
        assertThat(http.get("/api/health").statusCode()).isEqualTo(200);

        ProcessHandle redis = runtime.embeddedRedis().orElseThrow().processHandle();
        redis.destroyForcibly();
        redis.onExit().get(10, TimeUnit.SECONDS);

        HttpResponse<String> health = http.get("/api/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(json(health)).isEqualTo(JSON.readTree(
                "{\"status\":\"degraded\",\"dependencies\":{\"mongo\":\"up\",\"redis\":\"down\",\"s3\":\"up\"},"
                        + "\"limits\":\"renders-refused\",\"renderBackends\":[\"procedural\"]}"));
        assertErrorJson(http.post("/api/prompts", "application/json", "{oops"), 400, "malformed_json");
        assertErrorJson(http.get("/api/nowhere"), 404, "not_found");
        // without the cache everything still answers, just uncached
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> generated = http.post("/api/prompts", "application/json", "{\"concept\":\"비 오는 밤거리\"}");
            assertThat(generated.statusCode()).as(generated.body()).isEqualTo(200);
            assertThat(json(generated).get("cached").asBoolean()).isFalse();
            assertThat(json(generated).get("stored").asBoolean()).isTrue();
            HttpResponse<String> suggestions = http.get("/api/suggestions?concept=%EB%B9%84");
            assertThat(suggestions.statusCode()).as(suggestions.body()).isEqualTo(200);
            assertThat(json(suggestions).get("cached").asBoolean()).isFalse();
        }
        HttpResponse<String> diff = http.post("/api/diffs", "application/json", "{\"original\":\"a\",\"edited\":\"b\"}");
        assertThat(diff.statusCode()).as(diff.body()).isEqualTo(201);
        assertThat(http.get("/").statusCode()).isEqualTo(200);
        // ...but no render starts while nobody can count what a person has rendered
        assertErrorJson(http.post("/api/renders", "application/json", "{\"prompt\":\"a rainy street at night\"}"), 503,
                "dependency_unavailable");
    }

    @Test
    void closeStopsTheRedisServerChild() throws Exception {
        start();
        ProcessHandle redis = runtime.embeddedRedis().orElseThrow().processHandle();
        assertThat(redis.isAlive()).isTrue();

        runtime.close();

        assertThat(redis.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").contains("redis-server"))).isEmpty();
    }
}
