package dev.videoagent.core.config;

import java.util.List;

/**
 * The ${...} placeholders of the workflow definition file ({@link WorkflowFiles#DEFINITION}): CDK fills
 * them with the stack's resources, the local runtime with its stand-ins. Both name them from here.
 */
public final class WorkflowSubstitutions {

    public static final String CLUSTER_ARN = "ClusterArn";
    public static final String TASK_DEFINITION_ARN = "TaskDefinitionArn";
    public static final String CAPACITY_PROVIDER_NAME = "CapacityProviderName";
    /** The render task runs in one of the two private subnets. */
    public static final String SUBNET_A = "SubnetA";
    public static final String SUBNET_B = "SubnetB";
    public static final String SECURITY_GROUP_ID = "SecurityGroupId";
    /** The render container's name in the task definition, which the run's overrides address. */
    public static final String CONTAINER_NAME = "ContainerName";
    public static final String VIDEO_BUCKET = "VideoBucket";

    /** Every placeholder the definition file uses. */
    public static final List<String> ALL = List.of(CLUSTER_ARN, TASK_DEFINITION_ARN, CAPACITY_PROVIDER_NAME,
            SUBNET_A, SUBNET_B, SECURITY_GROUP_ID, CONTAINER_NAME, VIDEO_BUCKET);

    private WorkflowSubstitutions() {
    }
}
