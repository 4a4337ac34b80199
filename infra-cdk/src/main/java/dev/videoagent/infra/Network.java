package dev.videoagent.infra;

import java.util.List;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.constructs.Construct;

/**
 * The network: private subnets with one NAT, S3 through a gateway endpoint, and the security group
 * the Lambda handlers and render tasks share.
 *
 * <p>Like every concern of {@link VideoAgentStack}, it defines its resources at the stack's level, not
 * under its own node: their construct paths, and so their logical ids, Name tags and path-derived
 * descriptions, stay those of the deployed stack (moving them would replace resources).
 */
public final class Network extends Construct {

    private final Vpc vpc;
    private final SubnetSelection privateSubnets;
    private final SecurityGroup appSecurityGroup;

    public Network(Construct scope, String id) {
        super(scope, id);
        Stack stack = Stack.of(this);
        // the stack names its two zones: no availability-zone lookup, so synth needs no AWS account
        vpc = Vpc.Builder.create(stack, "Vpc").availabilityZones(stack.getAvailabilityZones())
                .natGateways(1)
                .subnetConfiguration(List.of(
                        SubnetConfiguration.builder().name("public").subnetType(SubnetType.PUBLIC).cidrMask(24).build(),
                        SubnetConfiguration.builder().name("private").subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                                .cidrMask(22).build()))
                .build();
        vpc.addGatewayEndpoint("S3Endpoint", GatewayVpcEndpointOptions.builder()
                .service(GatewayVpcEndpointAwsService.S3).build());
        vpc.addFlowLog("FlowLog");
        privateSubnets = SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build();
        appSecurityGroup = SecurityGroup.Builder.create(stack, "AppSecurityGroup").vpc(vpc)
                .description("Lambda handlers and render tasks").allowAllOutbound(true).build();
    }

    public Vpc vpc() {
        return vpc;
    }

    /** Where everything but the NAT gateway runs. */
    public SubnetSelection privateSubnets() {
        return privateSubnets;
    }

    /** The ids of the private subnets, one per zone. */
    public List<String> privateSubnetIds() {
        return vpc.selectSubnets(privateSubnets).getSubnetIds();
    }

    /** The Lambda handlers' and render tasks' group, which the data stores admit. */
    public SecurityGroup appSecurityGroup() {
        return appSecurityGroup;
    }
}
