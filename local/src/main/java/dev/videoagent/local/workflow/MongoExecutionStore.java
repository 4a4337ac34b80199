package dev.videoagent.local.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.local.workflow.ExecutionRecord.Phase;
import dev.videoagent.local.workflow.ExecutionRecord.Position;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * Executions in MongoDB (the embedded server locally): {@code sfn_executions} holds each execution's latest
 * snapshot by {@code _id} = name, {@code sfn_execution_events} its events by {@code _id} = name and event id, the
 * unique key. Every read on the request path is by {@code _id} (the embedded server indexes unique keys only);
 * listing the unfinished executions, done once at start-up, reads the executions collection through. JSON values
 * (input, data, output) are stored as their text, so any key survives and a number reads back as written. An
 * event is written before the snapshot that follows it: after a crash between the two, the snapshot is one step
 * behind, which a resume repeats, and the event ids go on after the last event found.
 */
public final class MongoExecutionStore implements ExecutionStore {

    static final String EXECUTIONS = "sfn_executions";
    static final String EVENTS = "sfn_execution_events";

    private final MongoCollection<Document> executions;
    private final MongoCollection<Document> events;
    private final Runnable durable;

    /** {@code durable}: the write barrier (the embedded server's grouped fsync; nothing for a journaling server). */
    public MongoExecutionStore(MongoClient client, String database, Runnable durable) {
        MongoDatabase db = client.getDatabase(database);
        this.executions = db.getCollection(EXECUTIONS);
        this.events = db.getCollection(EVENTS);
        this.durable = durable;
    }

    @Override
    public Optional<ExecutionRecord> create(ExecutionRecord execution) {
        return run(() -> {
            try {
                executions.insertOne(document(execution));
                return Optional.empty();
            } catch (MongoWriteException e) {
                if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                return Optional.of(read(executions.find(Filters.eq("_id", execution.name())).first()));
            }
        });
    }

    @Override
    public void append(ExecutionRecord after, Execution.Event event) {
        run(() -> {
            Document doc = new Document("_id", eventId(after.name(), event.id())).append("execution", after.name())
                    .append("id", event.id()).append("timestamp", Date.from(event.timestamp()))
                    .append("type", event.type()).append("state", event.state()).append("detail", event.detail())
                    .append("retryCount", event.retryCount().orElse(null))
                    .append("due", event.due().map(Date::from).orElse(null));
            // a replace, not an insert: writing the same event again (a retried call) is harmless
            events.replaceOne(Filters.eq("_id", doc.getString("_id")), doc, new ReplaceOptions().upsert(true));
            executions.replaceOne(Filters.eq("_id", after.name()), document(after), new ReplaceOptions().upsert(true));
            return null;
        });
    }

    @Override
    public Optional<ExecutionRecord> find(String name) {
        return run(() -> Optional.ofNullable(executions.find(Filters.eq("_id", name)).first()).map(this::read));
    }

    @Override
    public List<ExecutionRecord> unfinished() {
        return run(() -> {
            List<ExecutionRecord> out = new ArrayList<>();
            for (Document d : executions.find(Filters.ne("phase", Phase.ENDED.name())).sort(Sorts.ascending("startDate"))) {
                out.add(read(d));
            }
            return out;
        });
    }

    @Override
    public List<Execution.Event> events(String name) {
        return run(() -> {
            Document execution = executions.find(Filters.eq("_id", name)).first();
            if (execution == null) {
                return List.of();
            }
            int last = lastEventId(name, execution.getInteger("lastEventId"));
            List<String> ids = new ArrayList<>();
            for (int id = 1; id <= last; id++) {
                ids.add(eventId(name, id));
            }
            List<Execution.Event> out = new ArrayList<>();
            for (Document d : events.find(Filters.in("_id", ids))) {
                out.add(new Execution.Event(d.getInteger("id"), d.getDate("timestamp").toInstant(), d.getString("type"),
                        d.getString("state"), d.getString("detail"), Optional.ofNullable(d.getInteger("retryCount")),
                        Optional.ofNullable(d.getDate("due")).map(Date::toInstant)));
            }
            out.sort((a, b) -> Integer.compare(a.id(), b.id()));
            return out;
        });
    }

    @Override
    public void awaitDurable() {
        durable.run();
    }

    /** The zero-padded id keeps an execution's events together and in order in the {@code _id} index. */
    static String eventId(String execution, int id) {
        return execution + "#" + String.format(Locale.ROOT, "%08d", id);
    }

    /** The recorded last id, or later when events were written after the snapshot (a crash between the two writes). */
    private int lastEventId(String name, int recorded) {
        int last = recorded;
        while (events.find(Filters.eq("_id", eventId(name, last + 1))).first() != null) {
            last++;
        }
        return last;
    }

    private static Document document(ExecutionRecord r) {
        Position p = r.position();
        return new Document("_id", r.name()).append("input", json(r.input())).append("startDate", Date.from(r.startDate()))
                .append("runningSince", r.runningSince().map(Date::from).orElse(null)).append("status", r.status().name())
                .append("phase", p.phase().name()).append("state", p.state()).append("data", json(p.data()))
                .append("next", p.next().orElse(null)).append("retries", p.retries()).append("retryCount", p.retryCount())
                .append("due", p.due().map(Date::from).orElse(null)).append("output", r.output().map(MongoExecutionStore::json)
                .orElse(null)).append("error", r.error().orElse(null)).append("cause", r.cause().orElse(null))
                .append("stopDate", r.stopDate().map(Date::from).orElse(null)).append("lastEventId", r.lastEventId());
    }

    private ExecutionRecord read(Document d) {
        String name = d.getString("_id");
        Position position = new Position(Phase.valueOf(d.getString("phase")), d.getString("state"), parse(d.getString("data")),
                Optional.ofNullable(d.getString("next")), d.getList("retries", Integer.class, List.of()),
                d.getInteger("retryCount", 0), instant(d, "due"));
        return new ExecutionRecord(name, parse(d.getString("input")), d.getDate("startDate").toInstant(),
                instant(d, "runningSince"), Execution.Status.valueOf(d.getString("status")), position,
                Optional.ofNullable(parse(d.getString("output"))), Optional.ofNullable(d.getString("error")),
                Optional.ofNullable(d.getString("cause")), instant(d, "stopDate"),
                lastEventId(name, d.getInteger("lastEventId", 0)));
    }

    private static Optional<Instant> instant(Document d, String field) {
        return Optional.ofNullable(d.getDate(field)).map(Date::toInstant);
    }

    private static String json(JsonNode node) {
        return node == null ? null : node.toString();
    }

    private static JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return AslPaths.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a recorded execution holds text that is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T run(Supplier<T> call) {
        try {
            return call.get();
        } catch (MongoException e) {
            throw new DependencyUnavailableException("mongo", e);
        }
    }
}
