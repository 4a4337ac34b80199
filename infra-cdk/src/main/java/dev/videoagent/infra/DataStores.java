package dev.videoagent.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.docdb.BackupProps;
import software.amazon.awscdk.services.docdb.ClusterParameterGroup;
import software.amazon.awscdk.services.docdb.DatabaseCluster;
import software.amazon.awscdk.services.docdb.Login;
import software.amazon.awscdk.services.ec2.IPeer;
import software.amazon.awscdk.services.ec2.InstanceClass;
import software.amazon.awscdk.services.ec2.InstanceSize;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.elasticache.CfnReplicationGroup;
import software.amazon.awscdk.services.elasticache.CfnSubnetGroup;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * The data stores, reachable from the app's security group only: DocumentDB for the prompt history
 * (encrypted, TLS required, rotated credentials) and ElastiCache for the answer cache and render
 * progress (TLS, AUTH token from Secrets Manager, encrypted). Resources sit at the stack's level
 * (see {@link Network}).
 */
public final class DataStores extends Construct {

    static final int DOCDB_PORT = 27117;
    static final int REDIS_PORT = 6380;

    private final DatabaseCluster history;
    private final Secret cacheAuthToken;
    private final CfnReplicationGroup cache;

    public DataStores(Construct scope, String id, Network network) {
        super(scope, id);
        Stack stack = Stack.of(this);
        SecurityGroup dataSecurityGroup = SecurityGroup.Builder.create(stack, "DataSecurityGroup").vpc(network.vpc())
                .description("DocumentDB and ElastiCache: reachable from the app only").allowAllOutbound(false).build();
        IPeer app = Peer.securityGroupId(network.appSecurityGroup().getSecurityGroupId());
        dataSecurityGroup.addIngressRule(app, Port.tcp(DOCDB_PORT), "DocumentDB from the app");
        dataSecurityGroup.addIngressRule(app, Port.tcp(REDIS_PORT), "Redis from the app");

        ClusterParameterGroup docdbParameters = ClusterParameterGroup.Builder.create(stack, "HistoryParameters")
                .family("docdb5.0").description("TLS required, audit and profiler logs on")
                .parameters(Map.of("tls", "enabled", "audit_logs", "all", "profiler", "enabled")).build();
        history = DatabaseCluster.Builder.create(stack, "History")
                .parameterGroup(docdbParameters).backup(BackupProps.builder().retention(Duration.days(7)).build())
                .masterUser(Login.builder().username("videoagent").build())
                .instanceType(InstanceType.of(InstanceClass.T4G, InstanceSize.MEDIUM)).instances(1)
                .vpc(network.vpc()).vpcSubnets(network.privateSubnets()).securityGroup(dataSecurityGroup)
                .port(DOCDB_PORT)
                .storageEncrypted(true).exportAuditLogsToCloudWatch(true).exportProfilerLogsToCloudWatch(true)
                .removalPolicy(RemovalPolicy.SNAPSHOT).build();
        history.addRotationSingleUser();

        cacheAuthToken = Secret.Builder.create(stack, "CacheAuthToken").description("ElastiCache AUTH token")
                .generateSecretString(SecretStringGenerator.builder().excludePunctuation(true).passwordLength(48).build())
                .build();
        CfnSubnetGroup cacheSubnets = CfnSubnetGroup.Builder.create(stack, "CacheSubnets")
                .description("private subnets").subnetIds(network.privateSubnetIds()).build();
        cache = CfnReplicationGroup.Builder.create(stack, "Cache")
                .replicationGroupDescription("Video Prompt Agent answer cache and render progress")
                .engine("valkey").cacheNodeType("cache.t4g.micro").numCacheClusters(1).port(REDIS_PORT)
                .transitEncryptionEnabled(true).atRestEncryptionEnabled(true)
                // the replication group takes the token itself; everything else reads the secret
                .authToken(cacheAuthToken.getSecretValue().unsafeUnwrap())
                .cacheSubnetGroupName(cacheSubnets.getRef())
                .securityGroupIds(List.of(dataSecurityGroup.getSecurityGroupId())).build();
    }

    /** The history's connection string, without credentials (the functions read them from the secret). */
    public String historyUri() {
        return "mongodb://" + history.getClusterEndpoint().getHostname() + ":" + DOCDB_PORT
                + "/?tls=true&replicaSet=rs0&readPreference=secondaryPreferred&retryWrites=false";
    }

    /** The DocumentDB master credentials, rotated by Secrets Manager. */
    public ISecret historySecret() {
        return history.getSecret();
    }

    /** The cache's TLS URL, without the AUTH token. */
    public String cacheUrl() {
        return "rediss://" + cache.getAttrPrimaryEndPointAddress() + ":" + REDIS_PORT;
    }

    /** The ElastiCache AUTH token. */
    public Secret cacheAuthToken() {
        return cacheAuthToken;
    }
}
