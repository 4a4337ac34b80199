package dev.videoagent.local;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.videoagent.local.workflow.Execution;
import dev.videoagent.local.workflow.ExecutionRecord;
import dev.videoagent.local.workflow.MongoExecutionStore;
import java.time.Instant;
import java.util.List;

/**
 * The executions the local executor recorded, read from its Mongo store: timing-sensitive assertions check this
 * history after the fact, not what a poll of the status route happened to see.
 */
final class RecordedExecutions implements AutoCloseable {

    private final MongoClient client;
    private final MongoExecutionStore store;

    RecordedExecutions(String connectionString, String database) {
        this.client = MongoClients.create(connectionString);
        this.store = new MongoExecutionStore(client, database, () -> { });
    }

    ExecutionRecord execution(String name) {
        return store.find(name).orElseThrow(() -> new AssertionError("no execution " + name + " was recorded"));
    }

    List<Execution.Event> events(String name) {
        return store.events(name);
    }

    /** The events of one type (and state, unless null) in order. */
    List<Execution.Event> events(String name, String type, String state) {
        return events(name).stream().filter(e -> e.type().equals(type))
                .filter(e -> state == null || state.equals(e.state())).toList();
    }

    /** The most of these executions that were running at one instant, from their recorded start and stop. */
    int mostRunningAtOnce(List<String> names) {
        List<ExecutionRecord> ran = names.stream().map(this::execution).toList();
        int most = 0;
        for (ExecutionRecord e : ran) {
            Instant at = e.runningSince().orElseThrow();
            most = Math.max(most, (int) ran.stream().filter(o -> !o.runningSince().orElseThrow().isAfter(at)
                    && o.stopDate().orElseThrow().isAfter(at)).count());
        }
        return most;
    }

    @Override
    public void close() {
        client.close();
    }
}
