package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2xx is a promise: the server is killed with SIGKILL while eight clients edit at once, three times over,
 * and after every restart each edit that was answered 201 is there with its exact text and version, and
 * no version number was handed out twice.
 */
class AcknowledgedWritesFaultIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 8;
    private static final int ROUNDS = 3;

    @TempDir
    Path data;

    private ServedProcess served;

    /** One edit the server acknowledged. */
    record Acknowledged(String promptId, int version, String edited) {
    }

    @AfterEach
    void stop() throws Exception {
        ServedProcess.cleanUp(served, data);
    }

    @Test
    void everyAcknowledgedEditSurvivesAKillDuringConcurrentWrites() throws Exception {
        served = ServedProcess.start(data);
        List<String> prompts = new ArrayList<>();
        Map<String, String> current = new HashMap<>();
        Map<String, Integer> versions = new HashMap<>();
        for (int c = 0; c < CLIENTS; c++) {
            JsonNode generated = JSON.readTree(served.http().post("/api/prompts", "application/json",
                    JSON.writeValueAsString(Map.of("concept", "lantern number " + c + " floating on a river"))).body());
            prompts.add(generated.get("id").asText());
            current.put(generated.get("id").asText(), generated.get("prompt").asText());
            versions.put(generated.get("id").asText(), 0);
        }
        List<Acknowledged> acknowledged = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            List<Acknowledged> thisRound = editUntilKilled(prompts, current, versions, round);
            assertThat(thisRound).as("round %d: edits answered 201 before the kill", round).hasSizeGreaterThan(CLIENTS);
            acknowledged.addAll(thisRound);

            served = ServedProcess.start(data);

            Map<String, JsonNode> stored = history();
            for (Acknowledged a : acknowledged) {
                JsonNode item = stored.get(a.promptId());
                assertThat(item).as("prompt %s after round %d", a.promptId(), round).isNotNull();
                List<JsonNode> same = new ArrayList<>();
                item.get("edits").forEach(e -> {
                    if (e.get("version").asInt() == a.version()) {
                        same.add(e);
                    }
                });
                assertThat(same).as("version %d of %s after round %d", a.version(), a.promptId(), round).hasSize(1);
                assertThat(same.get(0).get("edited").asText()).isEqualTo(a.edited());
            }
            for (String id : prompts) {
                Set<Integer> seen = new HashSet<>();
                stored.get(id).get("edits").forEach(e -> assertThat(seen.add(e.get("version").asInt()))
                        .as("version %s of %s is unique", e.get("version"), id).isTrue());
                current.put(id, stored.get(id).get("currentPrompt").asText());
                int latest = 0;
                for (JsonNode e : stored.get(id).get("edits")) {
                    latest = Math.max(latest, e.get("version").asInt());
                }
                versions.put(id, latest);
            }
            System.out.printf("round %d: %d edits acknowledged in all, every one present after the restart%n", round,
                    acknowledged.size());
        }
    }

    /** Eight clients edit their own prompt in a loop; the server is killed once they have written a while. */
    private List<Acknowledged> editUntilKilled(List<String> prompts, Map<String, String> current,
                                               Map<String, Integer> versions, int round) throws Exception {
        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch warm = new CountDownLatch(CLIENTS * 5);
        HttpCalls http = served.http();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (String id : prompts) {
            String start = current.get(id);
            int startVersion = versions.get(id);
            clients.submit(() -> {
                String text = start;
                int version = startVersion;
                for (int n = 0; !killed.get(); n++) {
                    String edited = text + " r" + round + "n" + n;
                    try {
                        HttpResponse<String> response = http.post("/api/diffs", "application/json",
                                JSON.writeValueAsString(Map.of("promptId", id, "baseVersion", version, "original",
                                        text, "edited", edited)));
                        if (response.statusCode() == 201) {
                            JsonNode body = JSON.readTree(response.body());
                            acknowledged.add(new Acknowledged(id, body.get("version").asInt(), edited));
                            text = edited;
                            version = body.get("version").asInt();
                            warm.countDown();
                        }
                    } catch (Exception e) {
                        return null; // the connection died with the server: this edit was never acknowledged
                    }
                }
                return null;
            });
        }
        assertThat(warm.await(60, TimeUnit.SECONDS)).as("clients wrote before the kill").isTrue();
        served.kill();
        killed.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        return new ArrayList<>(acknowledged);
    }

    private Map<String, JsonNode> history() throws Exception {
        Map<String, JsonNode> byId = new HashMap<>();
        JsonNode items = JSON.readTree(served.http().get("/api/history?limit=100").body()).get("items");
        items.forEach(item -> byId.put(item.get("id").asText(), item));
        return byId;
    }
}
