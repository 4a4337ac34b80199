package dev.videoagent.local.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A test fixture: an execution store in memory that knows what a crash would keep. Writes are durable only once
 * {@link #awaitDurable()} was called after them (as with the embedded server's grouped fsync); {@link #crash()}
 * forgets everything written since, so a test sees whether the executor made a transition durable before acting.
 */
final class InMemoryExecutionStore implements ExecutionStore {

    private Map<String, ExecutionRecord> executions = new LinkedHashMap<>();
    private Map<String, List<Execution.Event>> events = new LinkedHashMap<>();
    private Map<String, ExecutionRecord> durableExecutions = new LinkedHashMap<>();
    private Map<String, List<Execution.Event>> durableEvents = new LinkedHashMap<>();
    private int barriers;

    @Override
    public synchronized Optional<ExecutionRecord> create(ExecutionRecord execution) {
        if (executions.containsKey(execution.name())) {
            return Optional.of(executions.get(execution.name()));
        }
        executions.put(execution.name(), execution);
        events.put(execution.name(), new ArrayList<>());
        return Optional.empty();
    }

    @Override
    public synchronized void append(ExecutionRecord after, Execution.Event event) {
        if (event.id() != events.get(after.name()).size() + 1 || after.lastEventId() != event.id()) {
            throw new IllegalStateException("event " + event.id() + " out of order for " + after.name());
        }
        events.get(after.name()).add(event);
        executions.put(after.name(), after);
    }

    @Override
    public synchronized Optional<ExecutionRecord> find(String name) {
        return Optional.ofNullable(executions.get(name));
    }

    @Override
    public synchronized List<ExecutionRecord> unfinished() {
        return executions.values().stream().filter(r -> !r.finished())
                .sorted(Comparator.comparing(ExecutionRecord::startDate)).toList();
    }

    @Override
    public synchronized List<Execution.Event> events(String name) {
        return List.copyOf(events.getOrDefault(name, List.of()));
    }

    @Override
    public synchronized void awaitDurable() {
        barriers++;
        durableExecutions = new LinkedHashMap<>(executions);
        durableEvents = copy(events);
    }

    /** What a kill -9 would have left: the writes made since the last barrier are gone. */
    synchronized void crash() {
        executions = new LinkedHashMap<>(durableExecutions);
        events = copy(durableEvents);
    }

    /** The events a crash now would keep. */
    synchronized List<Execution.Event> durableEvents(String name) {
        return List.copyOf(durableEvents.getOrDefault(name, List.of()));
    }

    synchronized int barriers() {
        return barriers;
    }

    private static Map<String, List<Execution.Event>> copy(Map<String, List<Execution.Event>> from) {
        Map<String, List<Execution.Event>> out = new LinkedHashMap<>();
        from.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        return out;
    }
}
