package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * More than a thousand bad requests over every route and method: wrong JSON, wrong types, control characters,
 * bytes that are not UTF-8, lone surrogates, huge and nested values, operators where ids belong, bad query
 * parameters and methods. Every answer is a 4xx JSON error with a request id and no Java in it, and what
 * was stored before is still there, unchanged.
 */
class BadInputCorpusIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path data;

    private static LocalRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = TestRuntimes.start(data);
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    record Bad(String method, String path, String contentType, byte[] body) {
        @Override
        public String toString() {
            String text = new String(body, StandardCharsets.UTF_8);
            return method + " " + path + " " + (text.length() > 80 ? text.substring(0, 80) + "…" : text);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Bodies that are wrong for any route that takes JSON; each bad field alone and inside a valid body. */
    private static List<byte[]> badBodies(List<String> fields, String valid) {
        List<byte[]> bodies = new ArrayList<>();
        for (String raw : List.of("", " ", "{", "}", "[]", "null", "true", "42", "\"text\"", "{\"a\":1,}", "{'a':1}",
                "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":1}{\"b\":2}", "[{}]", "{\"a\":\"x\",\"a\":\"y\"}",
                "{\"unknown\":1}", "{\"" + "k".repeat(5000) + "\":1}", "[".repeat(200) + "]".repeat(200),
                "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}")) {
            bodies.add(utf8(raw));
        }
        bodies.add(new byte[] {'{', '"', 'c', 'o', 'n', 'c', 'e', 'p', 't', '"', ':', '"', (byte) 0xC3, '"', '}'});
        bodies.add(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', '}'});
        for (String field : fields) {
            for (String value : List.of("null", "1", "1.5", "true", "[]", "{}", "{\"$gt\":\"\"}", "\"\"", "\"   \"",
                    "\"a\\u0000b\"", "\"\\u0007\"", "\"\\ud800\"", "\"\\udfff x\"", "\"" + "가".repeat(5000) + "\"",
                    "1e400", "99999999999999999999", "-1", "\"$where\"", "\"../../etc/passwd\"",
                    "\"<script>alert(1)</script>\"", "0", "-0.0", "2147483648", "-2147483649", "\"12\"", "[1,2]",
                    "{\"nested\":{\"deep\":[1,{\"x\":null}]}}", "\"\\u202eevil\"", "\"\\u0000\"", "\"\\r\\n\"")) {
                if (acceptable(field, value)) {
                    continue;
                }
                bodies.add(utf8("{\"" + field + "\":" + value + "}"));
                String inside = valid.substring(0, valid.length() - 1) + ",\"" + field + "\":" + value + "}";
                if (!valid.contains("\"" + field + "\"")) {
                    bodies.add(utf8(inside));
                }
            }
        }
        return bodies;
    }

    private static final List<String> TEXT_FIELDS = List.of("concept", "prompt", "original", "edited");

    /** A value that is fine for its field: free text for a text field, null (absent) or {} for an optional one. */
    private static boolean acceptable(String field, String value) {
        boolean plainText = value.startsWith("\"") && !value.isBlank() && !value.matches("\"\\s*\"")
                && !value.contains("\\u0000") && !value.contains("\\u0007") && !value.contains("\\ud")
                && value.length() < 1000;
        boolean optional = !List.of("concept", "prompt", "original", "edited").contains(field);
        return TEXT_FIELDS.contains(field) && plainText || optional && value.equals("null")
                || field.equals("options") && value.equals("{}");
    }

    private static List<Bad> corpus() {
        List<Bad> bad = new ArrayList<>();
        Map<String, List<String>> posts = Map.of(
                "/api/prompts", List.of("concept", "options"),
                "/api/diffs", List.of("promptId", "baseVersion", "original", "edited"),
                "/api/diffs?dryRun=true", List.of("promptId", "baseVersion", "original", "edited"),
                "/api/renders", List.of("prompt", "promptId", "durationSeconds", "width", "height"));
        Map<String, String> valid = Map.of("/api/prompts", "{\"concept\":\"a cat\"}",
                "/api/diffs", "{\"original\":\"a cat\",\"edited\":\"a dog\"}",
                "/api/diffs?dryRun=true", "{\"original\":\"a cat\",\"edited\":\"a dog\"}",
                "/api/renders", "{\"prompt\":\"a cat\"}");
        for (Map.Entry<String, List<String>> route : posts.entrySet()) {
            for (byte[] body : badBodies(route.getValue(), valid.get(route.getKey()))) {
                bad.add(new Bad("POST", route.getKey(), "application/json", body));
            }
            bad.add(new Bad("POST", route.getKey(), "text/plain", utf8("{\"concept\":\"a cat\"}")));
            bad.add(new Bad("POST", route.getKey(), null, utf8("{\"concept\":\"a cat\"}")));
            for (String method : List.of("PUT", "PATCH", "GET", "DELETE")) {
                bad.add(new Bad(method, route.getKey(), "application/json", utf8("{}")));
            }
        }
        for (String query : List.of("limit=0", "limit=-1", "limit=abc", "limit=1.5", "limit=99999999999", "limit=",
                "before=%7B%22%24gt%22%3A%22%22%7D", "before=x", "before=%00", "limit=%0D%0Ax", "limit=3&limit=%00")) {
            bad.add(new Bad("GET", "/api/history?" + query, null, new byte[0]));
            if (query.startsWith("limit")) {
                bad.add(new Bad("GET", "/api/suggestions?concept=a&" + query, null, new byte[0]));
            }
        }
        for (String concept : List.of("", "%00", "%07bell", "%ED%A0%80", "%C3", "%FF%FE", "x".repeat(5000))) {
            bad.add(new Bad("GET", "/api/suggestions?concept=" + concept, null, new byte[0]));
        }
        for (String id : List.of("x", "..%2F..%2Fetc", "%24where", "01jzzzzzzzzzzzzzzzzzzzzzz0", "0".repeat(300), "%00",
                "01JZZZZZZZZZZZZZZZZZZZZZZ0", "%F0%9F%98%80")) {
            bad.add(new Bad("GET", "/api/renders/" + id, null, new byte[0]));
            bad.add(new Bad("DELETE", "/api/renders/" + id, null, new byte[0]));
        }
        for (Object target : List.of("\"x\"", "1", "true", "[]", "{}", "\"GENERIC \"", "\"\"", "\"wan\\u0000\"",
                "\"" + "w".repeat(500) + "\"", "\"../wan\"", "{\"$gt\":\"\"}")) {
            bad.add(new Bad("POST", "/api/prompts", "application/json",
                    utf8("{\"concept\":\"a cat\",\"options\":{\"target\":" + target + "}}")));
            bad.add(new Bad("POST", "/api/prompts", "application/json",
                    utf8("{\"concept\":\"a cat\",\"options\":{\"unknown\":" + target + "}}")));
        }
        for (String duration : List.of("4", "16", "0", "-5", "5.5", "\"5\"", "1e9")) {
            for (String width : List.of("100", "99999", "1.5", "\"640\"", "-640", "641")) {
                bad.add(new Bad("POST", "/api/renders", "application/json", utf8("{\"prompt\":\"a cat\","
                        + "\"durationSeconds\":" + duration + ",\"width\":" + width + ",\"height\":360}")));
                bad.add(new Bad("POST", "/api/renders", "application/json", utf8("{\"prompt\":\"a cat\","
                        + "\"durationSeconds\":" + duration + ",\"width\":640,\"height\":" + width + "}")));
            }
        }
        for (String limit : List.of("0", "-1", "101", "abc", "1.5", "99999999999", "%00", "")) {
            for (String before : List.of("x", "%24where", "01jzzz", "%7B%7D", "%ED%A0%80", "0".repeat(40))) {
                bad.add(new Bad("GET", "/api/history?limit=" + limit + "&before=" + before, null, new byte[0]));
            }
        }
        for (String path : List.of("/api", "/api/", "/api/nothing", "/api/prompts/extra", "/api/health/x",
                "/api/renders", "/api/renders/a/b")) {
            for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
                bad.add(new Bad(method, path, "application/json", utf8("{}")));
            }
        }
        return bad;
    }

    private static HttpResponse<String> send(Bad bad) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + runtime.port() + bad.path()))
                .timeout(Duration.ofSeconds(20))
                .method(bad.method(), bad.body().length == 0 && !bad.method().equals("POST")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bad.body()));
        if (bad.contentType() != null) {
            request.header("Content-Type", bad.contentType());
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyBadRequestIsAJson4xxAndStoredDataIsIntact() throws Exception {
        HttpResponse<String> generated = send(new Bad("POST", "/api/prompts", "application/json",
                utf8("{\"concept\":\"a fox in the snow\"}")));
        assertThat(generated.statusCode()).isEqualTo(200);
        JsonNode before = JSON.readTree(send(new Bad("GET", "/api/history?limit=100", null, new byte[0])).body());

        List<Bad> corpus = corpus();
        List<String> problems = new ArrayList<>();
        for (Bad bad : corpus) {
            HttpResponse<String> response = send(bad);
            String body = response.body();
            int status = response.statusCode();
            boolean json;
            try {
                json = JSON.readTree(body).path("error").path("requestId").isTextual();
            } catch (Exception e) {
                json = false;
            }
            if (status < 400 || status >= 500 || !json || body.contains("Exception") || body.contains("java.")
                    || response.headers().firstValue("X-Request-Id").isEmpty()) {
                problems.add(status + " for " + bad + ": " + (body.length() > 120 ? body.substring(0, 120) : body));
            }
        }

        System.out.printf("bad-input corpus: %d requests, %d problems%n", corpus.size(), problems.size());
        assertThat(problems).isEmpty();
        assertThat(corpus.size()).isGreaterThanOrEqualTo(1000);
        JsonNode after = JSON.readTree(send(new Bad("GET", "/api/history?limit=100", null, new byte[0])).body());
        assertThat(after.get("items").get(0)).isEqualTo(before.get("items").get(0));
    }
}
