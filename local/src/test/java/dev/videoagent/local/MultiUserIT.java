package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.handlers.http.ApiRoute;
import dev.videoagent.handlers.http.ApiRoutes;
import dev.videoagent.handlers.http.HandlerKind;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --users}: the runtime's own OIDC server signs people in, the gateway verifies their tokens as the
 * Cognito authorizer does, and each person reaches only their own prompts and renders. Tokens come from the real
 * server through {@code video-agent token}.
 */
class MultiUserIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;
    private static LocalRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = LocalRuntime.start(TestRuntimes.options(data).withUsers(), Map.of());
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static String token(String name) {
        return LocalTokens.token(runtime, name);
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    @Test
    void everyRouteButHealthAnswers401JsonWithoutAValidToken() throws Exception {
        for (String bearer : new String[] {null, "not-a-token", token("ana") + "x"}) {
            HttpCalls http = new HttpCalls(runtime.port(), bearer);
            for (ApiRoute route : ApiRoutes.ALL) {
                String path = route.resourcePath().replace("{jobId}", "01jabcdefghjkmnpqrstvwxyz0")
                        .replace("{proxy+}", "nothing-here");
                String method = route.method().equals("ANY") ? "GET" : route.method();
                HttpResponse<String> response = method.equals("POST")
                        ? http.post(path, "application/json", "{}") : http.method(method, path);
                if (route.handler() == HandlerKind.HEALTH) {
                    assertThat(response.statusCode()).as(path).isEqualTo(200);
                } else {
                    assertThat(json(response, 401).get("error").get("code").asText()).as(method + " " + path)
                            .isEqualTo("unauthorized");
                    assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
                }
            }
        }
    }

    @Test
    void eachPersonReachesOnlyTheirOwnPromptsAndRenders() throws Exception {
        HttpCalls ana = new HttpCalls(runtime.port(), token("ana"));
        HttpCalls ben = new HttpCalls(runtime.port(), token("ben"));
        JsonNode prompt = json(ana.post("/api/prompts", "application/json",
                "{\"concept\":\"노을 지는 바닷가를 걷는 연인\"}"), 200);
        String id = prompt.get("id").asText();
        String edit = JSON.writeValueAsString(Map.of("promptId", id, "baseVersion", 0,
                "original", prompt.get("prompt").asText(), "edited", prompt.get("prompt").asText() + ", golden hour"));

        assertThat(json(ben.post("/api/diffs", "application/json", edit), 404).get("error").get("code").asText())
                .isEqualTo("not_found");
        assertThat(json(ben.get("/api/history"), 200).get("items")).isEmpty();
        json(ana.post("/api/diffs", "application/json", edit), 201);
        JsonNode items = json(ana.get("/api/history"), 200).get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("id").asText()).isEqualTo(id);

        JsonNode render = json(ana.post("/api/renders", "application/json", JSON.writeValueAsString(Map.of(
                "prompt", prompt.get("prompt").asText(), "promptId", id))), 202);
        String job = render.get("jobId").asText();
        json(ben.get("/api/renders/" + job), 404);
        json(ben.method("DELETE", "/api/renders/" + job), 404);
        json(ben.post("/api/renders", "application/json", JSON.writeValueAsString(Map.of(
                "prompt", "anything", "promptId", id))), 404);
        assertThat(json(ana.get("/api/renders/" + job), 200).get("jobId").asText()).isEqualTo(job);
    }

    @Test
    void thePageIsToldWhereToSignIn() throws Exception {
        JsonNode config = json(new HttpCalls(runtime.port()).get("/auth-config.json"), 200);

        assertThat(config.get("signIn").asBoolean()).isTrue();
        assertThat(config.get("clientId").asText()).isEqualTo("videoagent-page");
        assertThat(config.get("authorizationEndpoint").asText()).startsWith(config.get("issuer").asText());
    }
}
