package dev.videoagent.infra;

import dev.videoagent.core.config.WorkflowSubstitutions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.constructs.Construct;

/**
 * The render workflow wired to the cluster: the one definition file with this stack's resources
 * substituted, and exactly the permissions its ecs:runTask.sync step needs. Resources sit at the
 * stack's level (see {@link Network}).
 */
public final class RenderJobs extends Construct {

    private final StateMachine stateMachine;

    public RenderJobs(Construct scope, String id, Path workflowDefinition, Network network, RenderCluster render,
                      Media media) {
        super(scope, id);
        Stack stack = Stack.of(this);
        List<String> subnets = network.privateSubnetIds();
        LogGroup workflowLogs = LogGroup.Builder.create(stack, "WorkflowLogs").retention(RetentionDays.ONE_MONTH).build();
        RenderWorkflow workflow = new RenderWorkflow(stack, "RenderWorkflow", workflowDefinition, workflowLogs, Map.of(
                WorkflowSubstitutions.CLUSTER_ARN, render.cluster().getClusterArn(),
                WorkflowSubstitutions.TASK_DEFINITION_ARN, render.renderTask().getTaskDefinitionArn(),
                WorkflowSubstitutions.CAPACITY_PROVIDER_NAME, render.capacity().getCapacityProviderName(),
                WorkflowSubstitutions.SUBNET_A, subnets.get(0), WorkflowSubstitutions.SUBNET_B, subnets.get(1),
                WorkflowSubstitutions.SECURITY_GROUP_ID, network.appSecurityGroup().getSecurityGroupId(),
                WorkflowSubstitutions.CONTAINER_NAME, RenderCluster.RENDER_CONTAINER,
                WorkflowSubstitutions.VIDEO_BUCKET, media.videos().getBucketName()));
        stateMachine = workflow.stateMachine();

        // fromFile gives the state machine no task permissions: grant exactly what runTask.sync needs
        IRole machineRole = stateMachine.getRole();
        machineRole.addToPrincipalPolicy(PolicyStatement.Builder.create().actions(List.of("ecs:RunTask"))
                .resources(List.of(render.renderTask().getTaskDefinitionArn())).build());
        machineRole.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("ecs:StopTask", "ecs:DescribeTasks"))
                .resources(List.of(arn(stack, "ecs", "task/" + render.cluster().getClusterName() + "/*"))).build());
        // .sync waits for the task through an EventBridge rule Step Functions manages under this name
        machineRole.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("events:PutTargets", "events:PutRule", "events:DescribeRule"))
                .resources(List.of(arn(stack, "events", "rule/StepFunctionsGetEventsForECSTaskRule"))).build());
        render.renderTask().getTaskRole().grantPassRole(machineRole);
        render.renderTask().obtainExecutionRole().grantPassRole(machineRole);
    }

    public StateMachine stateMachine() {
        return stateMachine;
    }

    /** The ARNs of this state machine's executions, which the API describes and stops. */
    public String executionArns() {
        return arn(Stack.of(this), "states", "execution:" + stateMachine.getStateMachineName() + ":*");
    }

    /** An ARN in this stack's partition, region and account. */
    static String arn(Stack stack, String service, String resource) {
        return "arn:" + stack.getPartition() + ":" + service + ":" + stack.getRegion() + ":" + stack.getAccount()
                + ":" + resource;
    }
}
