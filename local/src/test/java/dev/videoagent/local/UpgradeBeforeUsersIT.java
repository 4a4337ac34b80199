package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory written by the version before there were users (the Mongo journal of commit e9fa50d's
 * `serve`: two prompts, one edited, and a finished render of the edited one's idea) opens in this version, and
 * all of it is the local user's: listed, readable, editable and renderable as before.
 */
class UpgradeBeforeUsersIT {

    private static final Path FIXTURE = Path.of("src/test/resources/upgrade/before-users/mongo/mongo.journal");
    private static final String PROMPT = "01m8shdhryza192r46vde6vfkz";
    private static final String JOB = "01m8shghxg0116b1gxt74ckrnq";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void recordsStoredBeforeUsersAreTheLocalUsersAfterTheUpgrade() throws Exception {
        Files.createDirectories(data.resolve("mongo"));
        Files.copy(FIXTURE, data.resolve("mongo/mongo.journal"));

        try (LocalRuntime runtime = TestRuntimes.start(data)) {
            HttpCalls http = new HttpCalls(runtime.port());
            JsonNode history = json(http.get("/api/history"), 200);
            assertThat(history.get("items")).hasSize(2);
            JsonNode santa = itemOf(history, PROMPT);
            assertThat(santa).as("the edited prompt of before").isNotNull();
            assertThat(santa.get("concept").asText()).isEqualTo("눈 내리는 산타마을");
            assertThat(santa.get("edits")).hasSize(1);
            assertThat(santa.get("currentPrompt").asText()).endsWith(", warm lantern light");

            JsonNode render = json(http.get("/api/renders/" + JOB), 200);
            assertThat(render.get("status").asText()).isEqualTo("SUCCEEDED");

            // still the local user's to change: the next version of the old prompt
            String current = santa.get("currentPrompt").asText();
            JsonNode edit = json(http.post("/api/diffs", "application/json", JSON.writeValueAsString(Map.of(
                    "promptId", PROMPT, "baseVersion", 1, "original", current, "edited", current + ", soft music"))), 201);
            assertThat(edit.get("version").asInt()).isEqualTo(2);
        }
    }

    private static JsonNode itemOf(JsonNode history, String id) {
        for (JsonNode item : history.get("items")) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        return null;
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
