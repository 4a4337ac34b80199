package dev.videoagent.local;

import static dev.videoagent.local.ApiAssertions.assertErrorJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import dev.videoagent.adapters.mongo.MongoClients;
import dev.videoagent.adapters.redis.RedisConnection;
import dev.videoagent.adapters.s3.S3Clients;
import dev.videoagent.core.config.ConfigException;
import dev.videoagent.local.embedded.LocalCredentials;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The local runtime with its real embedded servers, exercised over loopback sockets. */
class LocalRuntimeIT {

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
    void healthReportsMongoRedisAndS3Up() throws Exception {
        HttpResponse<String> health = new HttpCalls(start().port()).get("/api/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health)).isEqualTo(JSON.readTree(
                "{\"status\":\"ok\",\"dependencies\":{\"mongo\":\"up\",\"redis\":\"up\",\"s3\":\"up\"},"
                        + "\"limits\":\"enforced\",\"renderBackends\":[\"procedural\"]}"));
        assertThat(health.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void servesThePageAtTheRoot() throws Exception {
        HttpCalls http = new HttpCalls(start().port());

        HttpResponse<String> page = http.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(page.body()).contains("<html").contains("data-testid=\"concept-input\"");
        assertThat(http.get("/config.js").statusCode()).isEqualTo(200);
        assertThat(http.get("/nope.html").statusCode()).isEqualTo(404);
        // a path that climbs above the root is malformed: Jetty refuses it before any route (our JSON 400)
        assertErrorJson(http.get("/../pom.xml"), 400, "bad_request");
    }

    @Test
    void aRequestNamingAnotherHostIsRefusedWithJsonSoRebindingReadsNothing() throws Exception {
        int port = start().port();
        for (String path : java.util.List.of("/api/history", "/", "/media/videos/01jzzzzzzzzzzzzzzzzzzzzzz0.webm")) {
            RawHttp.Answer answer = RawHttp.exchange(port, "GET " + path + " HTTP/1.1\r\nHost: evil.example:" + port
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(answer.status()).as(path).isEqualTo(421);
            assertThat(answer.header("X-Request-Id")).as(path).isNotBlank();
            assertThat(answer.body()).as(path).contains("\"code\":\"misdirected_request\"").doesNotContain("\"items\"");
        }
        assertThat(new HttpCalls(port).get("/api/history").statusCode()).isEqualTo(200);
    }

    @Test
    void badRequestsGetJsonErrorsWithTheRightStatus() throws Exception {
        HttpCalls http = new HttpCalls(start().port());

        assertErrorJson(http.post("/api/prompts", "application/json", "{\"concept\": 눈"), 400, "malformed_json");
        assertErrorJson(http.post("/api/prompts", "text/plain", "{\"concept\":\"a\"}"), 415, "unsupported_media_type");
        assertErrorJson(http.post("/api/prompts", "application/json",
                "{\"concept\":\"" + "x".repeat(70 * 1024) + "\"}"), 413, "payload_too_large");
        assertErrorJson(http.post("/api/prompts", "application/json", "{\"concept\":\"\"}"), 400, "validation_failed");
        assertErrorJson(http.get("/api/no-such-route"), 404, "not_found");
        HttpResponse<String> wrongMethod = http.get("/api/prompts");
        assertErrorJson(wrongMethod, 405, "method_not_allowed");
        assertThat(wrongMethod.headers().firstValue("Allow")).contains("POST");
        assertErrorJson(http.method("DELETE", "/api/health"), 405, "method_not_allowed");
    }

    @Test
    void generateAnswersAnEnglishPromptAndStoresTheGenerationInMongo() throws Exception {
        HttpCalls http = new HttpCalls(start().port());

        HttpResponse<String> response = http.post("/api/prompts", "application/json; charset=utf-8",
                "{\"concept\":\"눈 내리는 산타마을\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("prompt").asText()).containsIgnoringCase("snow").containsIgnoringCase("santa")
                .doesNotContainPattern("[가-힣]");
        assertThat(body.get("stored").asBoolean()).isTrue();
        try (MongoClient mongo = MongoClients.create(runtime.config())) {
            Document stored = mongo.getDatabase("videoagent").getCollection("generations")
                    .find(new Document("_id", body.get("id").asText())).first();
            assertThat(stored).isNotNull();
            assertThat(stored.getString("prompt")).isEqualTo(body.get("prompt").asText());
            assertThat(stored.getString("concept")).isEqualTo("눈 내리는 산타마을");
        }
        assertErrorJson(http.post("/api/prompts", "application/json", "{\"concept\":{\"$gt\":\"\"}}"), 400,
                "bad_request");
        assertErrorJson(http.post("/api/prompts", "application/json", "{\"concept\":\"" + "가".repeat(501) + "\"}"),
                413, "input_too_long");
    }

    @Test
    void mongoDownStillGeneratesButSaysNotStoredAndHealthShowsIt() throws Exception {
        HttpCalls http = new HttpCalls(start().port());
        runtime.embeddedMongo().orElseThrow().close();

        HttpResponse<String> response = http.post("/api/prompts", "application/json",
                "{\"concept\":\"a red sports car drifting on a mountain road\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("stored").asBoolean()).isFalse();
        assertThat(json(response).get("prompt").asText()).contains("sports car").contains("drifting");
        HttpResponse<String> health = http.get("/api/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(json(health).get("dependencies").get("mongo").asText()).isEqualTo("down");
        assertErrorJson(http.post("/api/diffs", "application/json", "{\"original\":\"a\",\"edited\":\"b\"}"), 503,
                "dependency_unavailable");
        assertErrorJson(http.get("/api/history"), 503, "dependency_unavailable");
    }

    @Test
    void editsAreVersionedListedInHistoryAndSurviveARestart() throws Exception {
        HttpCalls http = new HttpCalls(start().port());
        JsonNode generated = json(http.post("/api/prompts", "application/json", "{\"concept\":\"귀여운 강아지가 뛰노는 영상\"}"));
        String id = generated.get("id").asText();
        String original = generated.get("prompt").asText();
        assertThat(original).startsWith("A cute puppy playfully running");
        String edited = original.replace("A cute puppy playfully running", "A fluffy puppy playfully running happily");
        HttpResponse<String> diff = http.post("/api/diffs", "application/json", JSON.writeValueAsString(
                java.util.Map.of("promptId", id, "baseVersion", 0, "original", original, "edited", edited)));
        assertThat(diff.statusCode()).as(diff.body()).isEqualTo(201);
        assertThat(json(diff).get("ops")).isEqualTo(JSON.readTree("[{\"op\":\"replace\",\"position\":1,"
                + "\"before\":[\"cute\"],\"after\":[\"fluffy\"]},{\"op\":\"insert\",\"position\":5,"
                + "\"before\":[],\"after\":[\"happily\"]}]"));
        assertThat(json(diff).get("stats").get("replaced").asInt()).isEqualTo(1);
        assertThat(json(diff).get("stats").get("inserted").asInt()).isEqualTo(1);
        runtime.close();

        http = new HttpCalls(start().port());
        JsonNode history = json(http.get("/api/history?limit=5"));
        JsonNode item = history.get("items").get(0);
        assertThat(item.get("id").asText()).isEqualTo(id);
        assertThat(item.get("currentPrompt").asText()).isEqualTo(edited);
        assertThat(item.get("edits").get(0).get("version").asInt()).isEqualTo(1);
        for (String paraphrase : java.util.List.of("귀여운%20강아지가%20뛰어노는%20모습", "a%20cute%20puppy%20playing")) {
            JsonNode top = json(http.get("/api/suggestions?limit=3&concept=" + paraphrase)).get("suggestions").get(0);
            assertThat(top.get("promptId").asText()).isEqualTo(id);
            assertThat(top.get("prompt").asText()).isEqualTo(edited);
        }
        JsonNode again = json(http.post("/api/prompts", "application/json", "{\"concept\":\"귀여운 강아지가 뛰노는 영상\"}"));
        assertThat(again.get("cached").asBoolean()).isFalse();
        assertThat(again.get("fromHistory").asBoolean()).isTrue();
        assertThat(again.get("prompt").asText()).isEqualTo(edited);
        JsonNode cached = json(http.post("/api/prompts", "application/json", "{\"concept\":\"귀여운 강아지가 뛰노는 영상\"}"));
        assertThat(cached.get("cached").asBoolean()).isTrue();
        assertThat(cached.get("prompt").asText()).isEqualTo(edited);
        assertThat(cached.get("id").asText()).isNotEqualTo(again.get("id").asText());
        HttpResponse<String> revert = http.post("/api/diffs", "application/json", JSON.writeValueAsString(
                java.util.Map.of("promptId", id, "baseVersion", 1, "original", edited, "edited", original)));
        assertThat(json(revert).get("version").asInt()).isEqualTo(2);
        // the revert invalidated what the edit had cached: the same idea is answered afresh
        JsonNode afterRevert = json(http.post("/api/prompts", "application/json", "{\"concept\":\"귀여운 강아지가 뛰노는 영상\"}"));
        assertThat(afterRevert.get("cached").asBoolean()).isFalse();
        assertThat(afterRevert.get("prompt").asText()).isEqualTo(original);
    }

    @Test
    void aPersonsOwnEditAppliesToTheirNextPromptAndSaysItIsTheirs() throws Exception {
        HttpCalls http = new HttpCalls(start().port());
        JsonNode generated = json(http.post("/api/prompts", "application/json",
                JSON.writeValueAsString(java.util.Map.of("concept", "강아지가 공원에서 뛰노는 영상"))));
        String prompt = generated.get("prompt").asText();
        assertThat(generated.get("learnedEdits")).isEmpty();
        String edited = prompt.replaceFirst("(?i)\\bpuppy\\b", "golden retriever puppy");
        assertThat(edited).isNotEqualTo(prompt);
        HttpResponse<String> diff = http.post("/api/diffs", "application/json", JSON.writeValueAsString(
                java.util.Map.of("promptId", generated.get("id").asText(), "baseVersion", 0, "original", prompt,
                        "edited", edited)));
        assertThat(diff.statusCode()).as(diff.body()).isEqualTo(201);

        JsonNode next = json(http.post("/api/prompts", "application/json", "{\"concept\":\"눈밭에서 노는 강아지\"}"));

        assertThat(next.get("fromHistory").asBoolean()).isFalse();
        assertThat(next.get("prompt").asText()).containsIgnoringCase("golden retriever puppy");
        JsonNode applied = next.get("learnedEdits").get(0);
        assertThat(applied.get("op").asText()).isEqualTo("add");
        assertThat(applied.get("term").asText()).isEqualTo("golden retriever");
        // both ideas are a puppy at play: either shared key is the scope it was learned under
        assertThat(applied.get("scope").asText()).isIn("key:animal.puppy", "key:action.play");
        assertThat(applied.get("personal").asBoolean()).isTrue();
        assertThat(applied.get("support").asInt()).isEqualTo(1);
    }

    @Test
    void restartKeepsMongoRedisAndS3Data() throws Exception {
        start();
        String bucket = runtime.config().videoBucket();
        try (MongoClient mongo = MongoClients.create(runtime.config());
             S3Client s3 = S3Clients.create(runtime.config(), runtime.clientCredentials().aws());
             RedisConnection redis = new RedisConnection(runtime.config().redisUrl(),
                     runtime.config().dependencyTimeout(), runtime.clientCredentials().redisPassword())) {
            mongo.getDatabase("videoagent").getCollection("restart_probe")
                    .insertOne(new Document("_id", "p1").append("concept", "눈 내리는 산타마을"));
            s3.putObject(b -> b.bucket(bucket).key("videos/restart.txt").contentType("text/plain"),
                    RequestBody.fromString("still here"));
            redis.commands().set("restart-probe", "kept");
        }
        runtime.close();

        start();
        try (MongoClient mongo = MongoClients.create(runtime.config());
             S3Client s3 = S3Clients.create(runtime.config(), runtime.clientCredentials().aws());
             RedisConnection redis = new RedisConnection(runtime.config().redisUrl(),
                     runtime.config().dependencyTimeout(), runtime.clientCredentials().redisPassword())) {
            MongoCollection<Document> collection = mongo.getDatabase("videoagent").getCollection("restart_probe");
            Document stored = collection.find(new Document("_id", "p1")).first();
            assertThat(stored).isNotNull();
            assertThat(stored.getString("concept")).isEqualTo("눈 내리는 산타마을");
            assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("videos/restart.txt")).asUtf8String())
                    .isEqualTo("still here");
            assertThat(redis.commands().get("restart-probe")).isEqualTo("kept");
        }
    }

    @Test
    void aBadVariableFailsStartNamingItAndStartsNoServer() {
        long before = ProcessHandle.current().descendants().count();

        assertThatThrownBy(() -> LocalRuntime.start(
                TestRuntimes.options(data), Map.of("REDIS_URL", "localhost:6379")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("REDIS_URL: expected a URI with scheme");
        assertThat(ProcessHandle.current().descendants().count()).isEqualTo(before);
        assertThat(data.resolve("mongo")).doesNotExist();
    }

    @Test
    void externalDependenciesFromTheEnvironmentAreUsedInsteadOfEmbeddedServers() throws Exception {
        // a first runtime plays the external servers for a second one
        LocalRuntime external = LocalRuntime.start(
                TestRuntimes.options(data.resolve("external")), Map.of());
        LocalCredentials secrets = external.credentials().orElseThrow();
        try {
            runtime = LocalRuntime.start(TestRuntimes.options(data.resolve("app")),
                    Map.of("MONGODB_URI", external.config().mongoUri().toString(),
                            // the external servers' credentials as a person would give them: in the URL, in the keys
                            "REDIS_URL", external.config().redisUrl().toString().replace("redis://",
                                    "redis://:" + secrets.redisPassword() + "@"),
                            "AWS_ENDPOINT_URL", external.config().awsEndpointUrl().orElseThrow().toString(),
                            "AWS_ACCESS_KEY_ID", secrets.accessKeyId(),
                            "AWS_SECRET_ACCESS_KEY", secrets.secretAccessKey()));

            assertThat(runtime.embeddedMongo()).isEmpty();
            assertThat(runtime.embeddedRedis()).isEmpty();
            assertThat(runtime.embeddedS3()).isEmpty();
            assertThat(runtime.credentials()).as("no server of its own, no secrets of its own").isEmpty();
            assertThat(new HttpCalls(runtime.port()).get("/api/health").statusCode()).isEqualTo(200);
        } finally {
            if (runtime != null) {
                runtime.close();
                runtime = null;
            }
            external.close();
        }
    }
}
