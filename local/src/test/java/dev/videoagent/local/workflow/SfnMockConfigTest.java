package dev.videoagent.local.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The Step Functions mock config shipped for LocalStack stays true to the definition: each test case,
 * replayed on the local executor, ends the way its name says.
 */
class SfnMockConfigTest {

    private static final Path MOCKS = Path.of(System.getProperty("videoagent.home", ".."), "local",
            "sfn-mock-config.json");

    /** Answers a state's n-th call from the mock config, as Step Functions Local does. */
    private static TaskRunner replay(JsonNode config, Map<String, String> testCase) {
        Map<String, AtomicInteger> calls = new java.util.concurrent.ConcurrentHashMap<>();
        return (resource, parameters, context) -> {
            int n = calls.computeIfAbsent(context.stateName(), k -> new AtomicInteger()).getAndIncrement();
            JsonNode responses = config.get("MockedResponses").get(testCase.get(context.stateName()));
            for (var it = responses.fields(); it.hasNext(); ) {
                var entry = it.next();
                String[] range = entry.getKey().split("-");
                int from = Integer.parseInt(range[0]);
                int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
                if (n >= from && n <= to) {
                    JsonNode answer = entry.getValue();
                    if (answer.has("Throw")) {
                        throw new StatesError(answer.get("Throw").get("Error").asText(),
                                answer.get("Throw").get("Cause").asText());
                    }
                    return answer.get("Return");
                }
            }
            throw new AssertionError("no mocked response " + n + " for " + context.stateName());
        };
    }

    private static Execution run(String name) throws Exception {
        JsonNode config = new ObjectMapper().readTree(MOCKS.toFile());
        JsonNode cases = config.get("StateMachines").get("RenderWorkflow").get("TestCases").get(name);
        Map<String, String> testCase = new ObjectMapper().convertValue(cases, Map.class);
        try (LocalStepFunctions sfn = new LocalStepFunctions(StateMachineDefinition.load(LocalStepFunctionsTest.DEFINITION,
                LocalStepFunctionsTest.SUBSTITUTIONS), replay(config, testCase), new InMemoryExecutionStore(), 1, 0.0,
                Clock.systemUTC())) {
            Execution execution = sfn.start(name, LocalStepFunctionsTest.input(name));
            assertThat(execution.await(10, TimeUnit.SECONDS)).isTrue();
            return execution;
        }
    }

    @Test
    void eachMockedCaseEndsAsNamed() throws Exception {
        assertThat(run("Success").output().orElseThrow().get("mode").asText()).isEqualTo("render");
        Execution retry = run("RetryThenSuccess");
        assertThat(retry.output().orElseThrow().get("mode").asText()).isEqualTo("render");
        assertThat(retry.events()).filteredOn(e -> e.type().equals("TaskRetryScheduled")).hasSize(2);
        assertThat(run("Fallback").output().orElseThrow().get("mode").asText()).isEqualTo("fallback");
    }
}
