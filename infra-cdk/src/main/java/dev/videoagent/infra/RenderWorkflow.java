package dev.videoagent.infra;

import java.nio.file.Path;
import java.util.Map;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachineType;
import software.constructs.Construct;

/**
 * The render workflow's state machine, deployed from the same ASL file the local executor runs
 * ({@code workflow/render-workflow.asl.json}); the ${...} placeholders become definition substitutions.
 * {@code DefinitionBody.fromFile} makes CDK generate no task permissions: the stack grants them.
 */
public final class RenderWorkflow extends Construct {

    private final StateMachine stateMachine;

    public RenderWorkflow(Construct scope, String id, Path definitionFile, ILogGroup logs,
                          Map<String, String> substitutions) {
        super(scope, id);
        this.stateMachine = StateMachine.Builder.create(this, "StateMachine")
                .stateMachineType(StateMachineType.STANDARD)
                // every state's events, without the execution data (prompts are user text)
                .logs(LogOptions.builder().destination(logs).level(LogLevel.ALL).includeExecutionData(false).build())
                .tracingEnabled(true)
                .definitionBody(DefinitionBody.fromFile(definitionFile.toString()))
                .definitionSubstitutions(substitutions)
                .build();
    }

    public StateMachine stateMachine() {
        return stateMachine;
    }
}
