package dev.videoagent.local.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.videoagent.local.embedded.EmbeddedMongoServer;
import dev.videoagent.local.workflow.LocalStepFunctionsTest.ScriptedRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The execution store on the embedded Mongo server the local runtime runs, restarted over the same files. */
class MongoExecutionStoreIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATABASE = "videoagent_test";

    @TempDir
    Path dir;

    private EmbeddedMongoServer server;
    private MongoClient client;
    private MongoExecutionStore store;

    @BeforeEach
    void open() {
        server = EmbeddedMongoServer.start(dir, "127.0.0.1");
        client = MongoClients.create(server.connectionString());
        store = new MongoExecutionStore(client, DATABASE, server::awaitDurable);
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    /** A restart of the server over its files: only what was synced is there. */
    private void restart() {
        close();
        open();
    }

    private LocalStepFunctions executor(StateMachineDefinition definition) {
        return new LocalStepFunctions(definition, new ScriptedRunner(n -> null), store, 1, 1.0, Clock.systemUTC());
    }

    @Test
    void anExecutionAndItsEventsReadBackAsRecorded() throws Exception {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ExecutionRecord queued = ExecutionRecord.queued("job-1", JSON.readTree("{\"n\":600,\"a.$\":\"x\",\"k\":[1,2]}"), at);
        assertThat(store.create(queued)).isEmpty();
        ExecutionRecord.Position entered = ExecutionRecord.Position.entered("RenderVideo", queued.input(), 1);
        ExecutionRecord.Position retry = entered.retryWait(new int[] {1}, 1, at.plusSeconds(5));
        store.append(queued.at(entered, 1), new Execution.Event(1, at, "TaskStateEntered", "RenderVideo", null,
                Optional.empty(), Optional.empty()));
        store.append(queued.running(at).at(retry, 2), new Execution.Event(2, at.plusMillis(1), "TaskRetryScheduled",
                "RenderVideo", "retry 1 in 5.000 s", Optional.of(1), retry.due()));
        server.awaitDurable();
        restart();

        ExecutionRecord read = store.find("job-1").orElseThrow();
        assertThat(read.input()).isEqualTo(queued.input());
        assertThat(read.status()).isEqualTo(Execution.Status.RUNNING);
        assertThat(read.runningSince()).contains(at);
        assertThat(read.position()).isEqualTo(retry);
        assertThat(read.lastEventId()).isEqualTo(2);
        assertThat(store.events("job-1")).extracting(Execution.Event::type).containsExactly("TaskStateEntered",
                "TaskRetryScheduled");
        assertThat(store.events("job-1").get(1)).isEqualTo(new Execution.Event(2, at.plusMillis(1), "TaskRetryScheduled",
                "RenderVideo", "retry 1 in 5.000 s", Optional.of(1), Optional.of(at.plusSeconds(5))));
        assertThat(store.create(queued)).as("the name is taken").hasValueSatisfying(r -> assertThat(r.lastEventId())
                .isEqualTo(2));
        assertThat(store.events("unknown")).isEmpty();
        assertThat(store.find("unknown")).isEmpty();
    }

    @Test
    void onlyUnfinishedExecutionsAreListedOldestFirst() throws Exception {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (String name : List.of("b", "a", "c")) {
            ExecutionRecord r = ExecutionRecord.queued(name, JSON.readTree("{}"), at.plusMillis(name.charAt(0)));
            store.create(r);
            store.append(r.at(r.position(), 1), new Execution.Event(1, at, "ExecutionQueued", null, null,
                    Optional.empty(), Optional.empty()));
        }
        ExecutionRecord c = store.find("c").orElseThrow();
        store.append(c.ended(Execution.Status.SUCCEEDED, JSON.readTree("{}"), null, null, at).at(c.position().ended(), 2),
                new Execution.Event(2, at, "ExecutionSucceeded", null, "{}", Optional.empty(), Optional.empty()));

        assertThat(store.unfinished()).extracting(ExecutionRecord::name).containsExactly("a", "b");
        assertThat(store.find("c").orElseThrow().finished()).isTrue();
    }

    @Test
    void anEventWrittenJustBeforeACrashLostItsSnapshotStillCountsSoIdsGoOnAfterIt() throws Exception {
        ExecutionRecord r = ExecutionRecord.queued("job-2", JSON.readTree("{}"), Instant.now());
        store.create(r);
        store.append(r.at(r.position(), 1), new Execution.Event(1, Instant.now(), "ExecutionQueued", null, null,
                Optional.empty(), Optional.empty()));
        // the event of the next transition made it to the store, the snapshot after it did not
        client.getDatabase(DATABASE).getCollection(MongoExecutionStore.EVENTS).insertOne(new Document("_id",
                MongoExecutionStore.eventId("job-2", 2)).append("execution", "job-2").append("id", 2)
                .append("timestamp", new java.util.Date()).append("type", "ExecutionStarted"));

        assertThat(store.find("job-2").orElseThrow().lastEventId()).isEqualTo(2);
        assertThat(store.events("job-2")).extracting(Execution.Event::type).containsExactly("ExecutionQueued",
                "ExecutionStarted");
    }

    @Test
    void aNameRecordedBeforeARestartIsKnownWithItsInputNumbersAndAWaitResumesToItsDueInstant() throws Exception {
        StateMachineDefinition definition = StateMachineDefinition.parse("{\"StartAt\":\"W\",\"States\":{\"W\":"
                + "{\"Type\":\"Wait\",\"Seconds\":1,\"End\":true}}}", Map.of());
        // a long, as the render jobs give renderTimeoutSeconds; it reads back from the stored text as an int
        var input = JSON.createObjectNode().put("renderTimeoutSeconds", 600L);
        Instant due;
        LocalStepFunctions before = executor(definition);
        before.start("job-w", input);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (store.events("job-w").stream().noneMatch(e -> e.type().equals("WaitStarted"))
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        before.close();
        restart(); // WaitStarted was synced before the wait began, so it is there after the restart

        try (LocalStepFunctions after = executor(definition)) {
            due = store.events("job-w").stream().filter(e -> e.type().equals("WaitStarted")).findFirst().orElseThrow()
                    .due().orElseThrow();
            assertThat(after.start("job-w", input).status()).as("known, not started again").isEqualTo(
                    Execution.Status.RUNNING);
            assertThatThrownBy(() -> after.start("job-w", JSON.createObjectNode()))
                    .isInstanceOf(LocalStepFunctions.ExecutionAlreadyExistsException.class);
            assertThat(after.resume()).isEqualTo(1);
            Execution execution = after.describe("job-w").orElseThrow();
            assertThat(execution.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(execution.status()).isEqualTo(Execution.Status.SUCCEEDED);
            List<Execution.Event> events = execution.events();
            assertThat(events).extracting(Execution.Event::type).containsSubsequence("WaitStarted", "ExecutionResumed",
                    "WaitStateExited", "ExecutionSucceeded");
            assertThat(events.stream().filter(e -> e.type().equals("WaitStateExited")).findFirst().orElseThrow()
                    .timestamp()).isAfterOrEqualTo(due);
        }
        restart();
        assertThat(store.find("job-w").orElseThrow().status()).as("the end was synced").isEqualTo(
                Execution.Status.SUCCEEDED);
    }
}
