package dev.videoagent.local.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.core.config.WorkflowSubstitutions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateMachineDefinitionTest {

    private static String task(String extra) {
        return "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::ecs:runTask.sync\","
                + extra + "\"End\":true}}}";
    }

    @Test
    void theRenderWorkflowLoadsWithItsSubstitutionsAndUsesEveryOne() {
        assertThat(LocalStepFunctionsTest.SUBSTITUTIONS).containsOnlyKeys(WorkflowSubstitutions.ALL);
        StateMachineDefinition definition = StateMachineDefinition.load(LocalStepFunctionsTest.DEFINITION,
                LocalStepFunctionsTest.SUBSTITUTIONS);

        assertThat(definition.startAt()).isEqualTo("RenderVideo");
        assertThat(definition.state("RenderVideo").get("Retry").get(0).get("MaxAttempts").asInt()).isEqualTo(3);
        assertThat(definition.state("RenderVideo").toString()).contains("\"Cluster\":\"local\"").doesNotContain("${");
    }

    @Test
    void aMissingSubstitutionIsNamed() {
        assertThatThrownBy(() -> StateMachineDefinition.load(LocalStepFunctionsTest.DEFINITION, Map.of(WorkflowSubstitutions.CLUSTER_ARN, "x")))
                .isInstanceOf(AslException.class).hasMessageContaining(WorkflowSubstitutions.TASK_DEFINITION_ARN)
                .hasMessageContaining(WorkflowSubstitutions.SUBNET_A);
    }

    @Test
    void whatTheExecutorDoesNotSupportIsRejectedSayingWhere() {
        assertThatThrownBy(() -> StateMachineDefinition.parse(
                "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\",\"End\":true}}}", Map.of()))
                .hasMessageContaining("state 'P'").hasMessageContaining("Parallel");
        assertThatThrownBy(() -> StateMachineDefinition.parse(task("").replace("ecs:runTask.sync", "lambda:invoke"), Map.of()))
                .hasMessageContaining("lambda:invoke");
        assertThatThrownBy(() -> StateMachineDefinition.parse(task("\"HeartbeatSeconds\":5,"), Map.of()))
                .hasMessageContaining("HeartbeatSeconds");
        assertThatThrownBy(() -> StateMachineDefinition.parse(task(
                "\"Parameters\":{\"x.$\":\"States.UUID()\"},"), Map.of())).hasMessageContaining("States.UUID");
        assertThatThrownBy(() -> StateMachineDefinition.parse(task(
                "\"Retry\":[{\"ErrorEquals\":[\"States.ALL\",\"X\"]}],"), Map.of())).hasMessageContaining("alone");
        assertThatThrownBy(() -> StateMachineDefinition.parse(task(
                "\"Retry\":[{\"ErrorEquals\":[\"X\"],\"JitterStrategy\":\"HALF\"}],"), Map.of())).hasMessageContaining("Jitter");
        assertThatThrownBy(() -> StateMachineDefinition.parse(task(
                "\"Catch\":[{\"ErrorEquals\":[\"X\"],\"Next\":\"Nowhere\"}],"), Map.of())).hasMessageContaining("Nowhere");
        assertThatThrownBy(() -> StateMachineDefinition.parse(
                "{\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.a\","
                        + "\"StringMatches\":\"x*\",\"Next\":\"C\"}]}}}", Map.of())).hasMessageContaining("StringMatches");
        assertThatThrownBy(() -> StateMachineDefinition.parse("{\"StartAt\":\"X\",\"States\":{}}", Map.of()))
                .hasMessageContaining("StartAt");
        assertThatThrownBy(() -> StateMachineDefinition.parse("not json", Map.of())).hasMessageContaining("JSON");
    }
}
