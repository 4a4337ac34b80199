package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.handlers.http.ApiRoute;
import dev.videoagent.handlers.http.ApiRoutes;
import dev.videoagent.handlers.http.HandlerKind;
import dev.videoagent.local.auth.LocalOidcServer;
import java.net.URI;
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
        String foreign;
        try (LocalOidcServer other = LocalOidcServer.start("127.0.0.1")) {
            foreign = LocalTokens.fromServer(other, "ana", LocalOidcServer.PAGE_CLIENT_ID);
        }
        URI tokenEndpoint = URI.create(json(new HttpCalls(runtime.port()).get("/auth-config.json"), 200)
                .get("tokenEndpoint").asText());
        String otherClient = LocalTokens.fromTokenEndpoint(tokenEndpoint, "ana", "some-other-app");
        for (String bearer : new String[] {null, "not-a-token", token("ana") + "x", foreign, otherClient}) {
            HttpCalls http = new HttpCalls(runtime.port(), bearer);
            for (ApiRoute route : ApiRoutes.ALL) {
                String path = route.resourcePath().replace("{jobId}", "01jabcdefghjkmnpqrstvwxyz0")
                        .replace("{promptId}", "01jabcdefghjkmnpqrstvwxyz1").replace("{label}", "favorite")
                        .replace("{version}", "0")
                        .replace("{proxy+}", "nothing-here");
                String method = route.method().equals("ANY") ? "GET" : route.method();
                HttpResponse<String> response = method.equals("POST") || method.equals("PUT")
                        ? http.send(method, path, "application/json", "{}") : http.method(method, path);
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
        json(ben.get("/api/prompts/" + id), 404);
        json(ben.get("/api/prompts/" + id + "/compare?from=0&to=0"), 404);
        json(ben.post("/api/prompts/" + id + "/revert", "application/json", "{\"version\":0}"), 404);
        json(ben.send("PUT", "/api/prompts/" + id + "/labels/favorite", "application/json", "{\"version\":0}"), 404);
        json(ben.send("PUT", "/api/prompts/" + id + "/versions/0/rating", "application/json", "{\"score\":1}"), 404);
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
        json(ben.send("PUT", "/api/renders/" + job + "/rating", "application/json", "{\"score\":-1}"), 404);
        json(ana.send("PUT", "/api/renders/" + job + "/rating", "application/json", "{\"score\":1}"), 200);
        JsonNode anas = json(ana.get("/api/prompts/" + id), 200);
        assertThat(anas.get("versions").get(0).get("renders").get(0).get("rating").get("score").asInt()).isEqualTo(1);
        assertThat(anas.get("versions")).hasSize(2);
        assertThat(anas.get("versions").get(0).get("renders")).extracting(r -> r.get("jobId").asText())
                .containsExactly(job); // the render was of the generated text, version 0
    }

    /** The person asks for the idea and edits the answer to say "golden retriever puppy" (kept when already there). */
    private static void editsInGoldenRetriever(HttpCalls person, String idea) throws Exception {
        JsonNode generated = json(person.post("/api/prompts", "application/json",
                JSON.writeValueAsString(Map.of("concept", idea))), 200);
        String prompt = generated.get("prompt").asText();
        String edited = prompt.contains("golden retriever") ? prompt
                : prompt.replaceFirst("(?i)\\bpuppy\\b", "golden retriever puppy");
        json(person.post("/api/diffs", "application/json", JSON.writeValueAsString(Map.of("promptId",
                generated.get("id").asText(), "baseVersion", 0, "original", prompt, "edited", edited))), 201);
    }

    private static JsonNode nextPrompt(HttpCalls person) throws Exception {
        return json(person.post("/api/prompts", "application/json", "{\"concept\":\"a puppy sleeping on a sofa\"}"), 200);
    }

    @Test
    void oneProlificPersonTeachesOnlyThemselvesWhileThreePeopleTeachEveryone() throws Exception {
        HttpCalls ana = new HttpCalls(runtime.port(), token("ana-learns"));
        HttpCalls ben = new HttpCalls(runtime.port(), token("ben-learns"));
        for (int i = 0; i < 100; i++) {
            editsInGoldenRetriever(ana, "a puppy running in a park");
        }

        JsonNode bens = nextPrompt(ben);
        assertThat(bens.get("prompt").asText()).doesNotContain("golden retriever");
        assertThat(bens.get("learnedEdits")).isEmpty();
        assertThat(bens.get("fromHistory").asBoolean()).isFalse();
        JsonNode suggested = json(ben.get("/api/suggestions?limit=5&concept=a%20puppy%20running%20in%20a%20park"), 200);
        assertThat(suggested.get("suggestions")).allSatisfy(s -> assertThat(s.get("own").asBoolean()).isTrue());
        JsonNode anas = nextPrompt(ana);
        assertThat(anas.get("prompt").asText()).contains("golden retriever puppy");
        assertThat(anas.get("learnedEdits")).singleElement().satisfies(e -> {
            assertThat(e.get("term").asText()).isEqualTo("golden retriever");
            assertThat(e.get("personal").asBoolean()).isTrue();
        });

        editsInGoldenRetriever(new HttpCalls(runtime.port(), token("cy-learns")), "a puppy running in a park");
        editsInGoldenRetriever(new HttpCalls(runtime.port(), token("dee-learns")), "a puppy running in a park");
        JsonNode bensNext = nextPrompt(ben);

        assertThat(bensNext.get("prompt").asText()).contains("golden retriever puppy");
        assertThat(bensNext.get("learnedEdits")).singleElement().satisfies(e -> {
            assertThat(e.get("personal").asBoolean()).isFalse();
            assertThat(e.get("support").asInt()).isEqualTo(3);
        });
    }

    @Test
    void thePageIsToldWhereToSignIn() throws Exception {
        JsonNode config = json(new HttpCalls(runtime.port()).get("/auth-config.json"), 200);

        assertThat(config.get("signIn").asBoolean()).isTrue();
        assertThat(config.get("clientId").asText()).isEqualTo("videoagent-page");
        assertThat(config.get("authorizationEndpoint").asText()).startsWith(config.get("issuer").asText());
    }
}
