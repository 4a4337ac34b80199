package dev.videoagent.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/** Runs one Task state's resource with its resolved parameters; failures are thrown as StatesError. */
@FunctionalInterface
public interface TaskRunner {

    /** Where the task runs: which execution, which state, how many retries so far, and its time limit. */
    record TaskContext(String executionName, String stateName, int retryCount, Optional<Duration> timeout) {
    }

    JsonNode run(String resource, JsonNode parameters, TaskContext context);
}
