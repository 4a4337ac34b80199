package dev.videoagent.infra;

import dev.videoagent.core.config.EnvVar;
import dev.videoagent.handlers.http.ApiRoute;
import dev.videoagent.handlers.http.ApiRoutes;
import dev.videoagent.handlers.http.HandlerKind;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigateway.CorsOptions;
import software.amazon.awscdk.services.apigateway.LambdaIntegration;
import software.amazon.awscdk.services.apigateway.LogGroupLogDestination;
import software.amazon.awscdk.services.apigateway.MethodLoggingLevel;
import software.amazon.awscdk.services.apigateway.Resource;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.apigateway.StageOptions;
import software.amazon.awscdk.services.apigateway.ThrottleSettings;
import software.amazon.awscdk.services.apigateway.UsagePlanProps;
import software.amazon.awscdk.services.autoscaling.AutoScalingGroup;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.apigateway.GatewayResponseOptions;
import software.amazon.awscdk.services.apigateway.JsonSchema;
import software.amazon.awscdk.services.apigateway.JsonSchemaType;
import software.amazon.awscdk.services.apigateway.JsonSchemaVersion;
import software.amazon.awscdk.services.apigateway.MethodOptions;
import software.amazon.awscdk.services.apigateway.Model;
import software.amazon.awscdk.services.apigateway.ModelOptions;
import software.amazon.awscdk.services.apigateway.RequestValidator;
import software.amazon.awscdk.services.apigateway.RequestValidatorOptions;
import software.amazon.awscdk.services.apigateway.ResponseType;
import software.amazon.awscdk.services.autoscaling.BlockDevice;
import software.amazon.awscdk.services.autoscaling.BlockDeviceVolume;
import software.amazon.awscdk.services.autoscaling.EbsDeviceOptions;
import software.amazon.awscdk.services.autoscaling.EbsDeviceVolumeType;
import software.amazon.awscdk.services.docdb.BackupProps;
import software.amazon.awscdk.services.docdb.ClusterParameterGroup;
import software.amazon.awscdk.services.docdb.DatabaseCluster;
import software.amazon.awscdk.services.docdb.Login;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.InstanceClass;
import software.amazon.awscdk.services.ec2.InstanceSize;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecs.AmiHardwareType;
import software.amazon.awscdk.services.ecs.AsgCapacityProvider;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.Ec2TaskDefinition;
import software.amazon.awscdk.services.ecs.EcsOptimizedImage;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.NetworkMode;
import software.amazon.awscdk.services.elasticache.CfnReplicationGroup;
import software.amazon.awscdk.services.elasticache.CfnSubnetGroup;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CorsRule;
import software.amazon.awscdk.services.s3.HttpMethods;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.deployment.BucketDeployment;
import software.amazon.awscdk.services.s3.deployment.Source;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * The whole system in one stack, built from the same route table, environment variable names and
 * workflow file as the local runtime. Sections: network, data, storage, page, render, workflow, API,
 * observability.
 */
public final class VideoAgentStack extends Stack {

    /** Where the build puts what the stack deploys, relative to the repository root. */
    public record Assets(Path root, Path lambdaJar, Path webRoot, Path renderTaskDir, Path workflowDefinition) {
    }

    static final String RENDER_CONTAINER = "render";
    static final int DOCDB_PORT = 27117;
    static final int REDIS_PORT = 6380;

    private final RestApi api;
    private final Map<HandlerKind, Function> functions = new EnumMap<>(HandlerKind.class);

    public VideoAgentStack(Construct scope, String id, StackProps props, Assets assets, String gpuInstanceType) {
        super(scope, id, props);

        // ---- network: private subnets with one NAT, S3 through a gateway endpoint ----
        // two named zones: no availability-zone lookup, so synth needs no AWS account
        Vpc vpc = Vpc.Builder.create(this, "Vpc").availabilityZones(getAvailabilityZones())
                .natGateways(1)
                .subnetConfiguration(List.of(
                        SubnetConfiguration.builder().name("public").subnetType(SubnetType.PUBLIC).cidrMask(24).build(),
                        SubnetConfiguration.builder().name("private").subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                                .cidrMask(22).build()))
                .build();
        vpc.addGatewayEndpoint("S3Endpoint", GatewayVpcEndpointOptions.builder()
                .service(GatewayVpcEndpointAwsService.S3).build());
        vpc.addFlowLog("FlowLog");
        SubnetSelection privateSubnets = SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build();
        SecurityGroup appSecurityGroup = SecurityGroup.Builder.create(this, "AppSecurityGroup").vpc(vpc)
                .description("Lambda handlers and render tasks").allowAllOutbound(true).build();

        // ---- data: DocumentDB (encrypted, TLS by default) and ElastiCache (TLS + AUTH, encrypted) ----
        SecurityGroup dataSecurityGroup = SecurityGroup.Builder.create(this, "DataSecurityGroup").vpc(vpc)
                .description("DocumentDB and ElastiCache: reachable from the app only").allowAllOutbound(false).build();
        dataSecurityGroup.addIngressRule(Peer.securityGroupId(appSecurityGroup.getSecurityGroupId()),
                Port.tcp(DOCDB_PORT), "DocumentDB from the app");
        dataSecurityGroup.addIngressRule(Peer.securityGroupId(appSecurityGroup.getSecurityGroupId()),
                Port.tcp(REDIS_PORT), "Redis from the app");
        ClusterParameterGroup docdbParameters = ClusterParameterGroup.Builder.create(this, "HistoryParameters")
                .family("docdb5.0").description("TLS required, audit and profiler logs on")
                .parameters(Map.of("tls", "enabled", "audit_logs", "all", "profiler", "enabled")).build();
        DatabaseCluster docdb = DatabaseCluster.Builder.create(this, "History")
                .parameterGroup(docdbParameters).backup(BackupProps.builder().retention(Duration.days(7)).build())
                .masterUser(Login.builder().username("videoagent").build())
                .instanceType(InstanceType.of(InstanceClass.T4G, InstanceSize.MEDIUM)).instances(1)
                .vpc(vpc).vpcSubnets(privateSubnets).securityGroup(dataSecurityGroup).port(DOCDB_PORT)
                .storageEncrypted(true).exportAuditLogsToCloudWatch(true).exportProfilerLogsToCloudWatch(true)
                .removalPolicy(RemovalPolicy.SNAPSHOT).build();
        docdb.addRotationSingleUser();

        Secret redisAuth = Secret.Builder.create(this, "CacheAuthToken").description("ElastiCache AUTH token")
                .generateSecretString(SecretStringGenerator.builder().excludePunctuation(true).passwordLength(48).build())
                .build();
        CfnSubnetGroup cacheSubnets = CfnSubnetGroup.Builder.create(this, "CacheSubnets")
                .description("private subnets").subnetIds(vpc.selectSubnets(privateSubnets).getSubnetIds()).build();
        CfnReplicationGroup cache = CfnReplicationGroup.Builder.create(this, "Cache")
                .replicationGroupDescription("Video Prompt Agent answer cache and render progress")
                .engine("valkey").cacheNodeType("cache.t4g.micro").numCacheClusters(1).port(REDIS_PORT)
                .transitEncryptionEnabled(true).atRestEncryptionEnabled(true)
                .authToken(redisAuth.getSecretValue().unsafeUnwrap())
                .cacheSubnetGroupName(cacheSubnets.getRef())
                .securityGroupIds(List.of(dataSecurityGroup.getSecurityGroupId())).build();

        // ---- storage: private videos, TLS only, expiring, readable by the page's origin ----
        Bucket accessLogs = Bucket.Builder.create(this, "AccessLogs").blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true).encryption(BucketEncryption.S3_MANAGED)
                .lifecycleRules(List.of(LifecycleRule.builder().expiration(Duration.days(90)).build())).build();
        Bucket pageBucket = Bucket.Builder.create(this, "Page").blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true).encryption(BucketEncryption.S3_MANAGED).serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix("page/").build();
        Distribution distribution = Distribution.Builder.create(this, "PageDistribution")
                .defaultRootObject("index.html")
                .defaultBehavior(BehaviorOptions.builder().origin(S3BucketOrigin.withOriginAccessControl(pageBucket))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS).build())
                .enableLogging(true).logBucket(accessLogs).logFilePrefix("cloudfront/").build();
        String pageOrigin = "https://" + distribution.getDistributionDomainName();
        Bucket videos = Bucket.Builder.create(this, "Videos").blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true).encryption(BucketEncryption.S3_MANAGED).serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix("videos/")
                .lifecycleRules(List.of(LifecycleRule.builder().prefix("videos/").expiration(Duration.days(30)).build()))
                .cors(List.of(CorsRule.builder().allowedMethods(List.of(HttpMethods.GET, HttpMethods.HEAD))
                        .allowedOrigins(List.of(pageOrigin)).allowedHeaders(List.of("Range")).maxAge(3600).build()))
                .build();

        // ---- render: ECS on GPU instances (scale to zero), the task from the render task's Dockerfile ----
        Cluster cluster = Cluster.Builder.create(this, "RenderCluster").vpc(vpc).containerInsightsV2(
                software.amazon.awscdk.services.ecs.ContainerInsights.ENABLED).build();
        AutoScalingGroup gpuHosts = AutoScalingGroup.Builder.create(this, "GpuHosts").vpc(vpc).vpcSubnets(privateSubnets)
                .instanceType(new InstanceType(gpuInstanceType))
                .machineImage(EcsOptimizedImage.amazonLinux2(AmiHardwareType.GPU))
                .minCapacity(0).maxCapacity(2).securityGroup(appSecurityGroup).requireImdsv2(true)
                .blockDevices(List.of(BlockDevice.builder().deviceName("/dev/xvda").volume(BlockDeviceVolume.ebs(60,
                        EbsDeviceOptions.builder().encrypted(true).volumeType(EbsDeviceVolumeType.GP3).build())).build()))
                .build();
        AsgCapacityProvider gpuCapacity = AsgCapacityProvider.Builder.create(this, "GpuCapacity")
                .autoScalingGroup(gpuHosts).enableManagedScaling(true).minimumScalingStepSize(1)
                .enableManagedTerminationProtection(false).build();
        cluster.addAsgCapacityProvider(gpuCapacity);
        Ec2TaskDefinition renderTask = Ec2TaskDefinition.Builder.create(this, "RenderTask")
                .networkMode(NetworkMode.AWS_VPC).build();
        LogGroup renderLogs = LogGroup.Builder.create(this, "RenderLogs").retention(RetentionDays.ONE_MONTH).build();
        renderTask.addContainer(RENDER_CONTAINER, ContainerDefinitionOptions.builder()
                .image(ContainerImage.fromAsset(assets.renderTaskDir().toString(),
                        software.amazon.awscdk.services.ecs.AssetImageProps.builder()
                                .exclude(List.of("fonts/node_modules", "src", "target/classes", "target/test-classes",
                                        "target/*-reports", "target/maven-*", "target/generated-*")).build()))
                .gpuCount(1).memoryReservationMiB(4096).essential(true)
                .environment(Map.of(EnvVar.AWS_REGION, getRegion(), EnvVar.LOG_LEVEL, "INFO", EnvVar.METRICS, "emf",
                        EnvVar.REDIS_URL, "rediss://" + cache.getAttrPrimaryEndPointAddress() + ":" + REDIS_PORT))
                // the AUTH token comes from Secrets Manager through ECS, never as plain text
                .secrets(Map.of(EnvVar.REDIS_PASSWORD, software.amazon.awscdk.services.ecs.Secret.fromSecretsManager(redisAuth)))
                .logging(LogDriver.awsLogs(AwsLogDriverProps.builder().logGroup(renderLogs).streamPrefix("render").build()))
                .build());
        // explicit actions, no wildcards: the task only writes videos and posters
        renderTask.getTaskRole().addToPrincipalPolicy(PolicyStatement.Builder.create().actions(List.of("s3:PutObject"))
                .resources(List.of(videos.arnForObjects("videos/*"))).build());

        // ---- workflow: the one definition file, with this stack's resources substituted ----
        List<String> subnets = vpc.selectSubnets(privateSubnets).getSubnetIds();
        LogGroup workflowLogs = LogGroup.Builder.create(this, "WorkflowLogs").retention(RetentionDays.ONE_MONTH).build();
        RenderWorkflow workflow = new RenderWorkflow(this, "RenderWorkflow", assets.workflowDefinition(), workflowLogs, Map.of(
                "ClusterArn", cluster.getClusterArn(),
                "TaskDefinitionArn", renderTask.getTaskDefinitionArn(),
                "CapacityProviderName", gpuCapacity.getCapacityProviderName(),
                "SubnetA", subnets.get(0), "SubnetB", subnets.get(1),
                "SecurityGroupId", appSecurityGroup.getSecurityGroupId(),
                "ContainerName", RENDER_CONTAINER,
                "VideoBucket", videos.getBucketName()));
        // fromFile gives the state machine no task permissions: grant exactly what runTask.sync needs
        var machineRole = workflow.stateMachine().getRole();
        machineRole.addToPrincipalPolicy(PolicyStatement.Builder.create().actions(List.of("ecs:RunTask"))
                .resources(List.of(renderTask.getTaskDefinitionArn())).build());
        machineRole.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("ecs:StopTask", "ecs:DescribeTasks"))
                .resources(List.of("arn:" + getPartition() + ":ecs:" + getRegion() + ":" + getAccount() + ":task/"
                        + cluster.getClusterName() + "/*")).build());
        machineRole.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("events:PutTargets", "events:PutRule", "events:DescribeRule"))
                .resources(List.of("arn:" + getPartition() + ":events:" + getRegion() + ":" + getAccount()
                        + ":rule/StepFunctionsGetEventsForECSTaskRule")).build());
        renderTask.getTaskRole().grantPassRole(machineRole);
        renderTask.obtainExecutionRole().grantPassRole(machineRole);

        // ---- API: one Lambda per route kind, SnapStart on published versions behind an alias ----
        Map<String, String> environment = new HashMap<>();
        environment.put(EnvVar.VIDEO_BUCKET, videos.getBucketName());
        // no passwords in the functions' environment: they read the secrets at start-up
        environment.put(EnvVar.MONGODB_URI, "mongodb://" + docdb.getClusterEndpoint().getHostname() + ":" + DOCDB_PORT
                + "/?tls=true&replicaSet=rs0&readPreference=secondaryPreferred&retryWrites=false");
        environment.put(EnvVar.MONGODB_SECRET_ARN, docdb.getSecret().getSecretArn());
        environment.put(EnvVar.REDIS_URL, "rediss://" + cache.getAttrPrimaryEndPointAddress() + ":" + REDIS_PORT);
        environment.put(EnvVar.REDIS_SECRET_ARN, redisAuth.getSecretArn());
        environment.put(EnvVar.STATE_MACHINE_ARN, workflow.stateMachine().getStateMachineArn());
        environment.put(EnvVar.CORS_ALLOWED_ORIGINS, pageOrigin);
        environment.put(EnvVar.METRICS, "emf");
        LogGroup accessLog = LogGroup.Builder.create(this, "ApiAccessLog").retention(RetentionDays.ONE_MONTH).build();
        api = RestApi.Builder.create(this, "Api").restApiName("video-prompt-agent")
                .deployOptions(StageOptions.builder().stageName("prod").throttlingRateLimit(50).throttlingBurstLimit(100)
                        .loggingLevel(MethodLoggingLevel.ERROR).tracingEnabled(true)
                        .accessLogDestination(new LogGroupLogDestination(accessLog))
                        .accessLogFormat(AccessLogFormat.jsonWithStandardFields()).build())
                .defaultCorsPreflightOptions(CorsOptions.builder().allowOrigins(List.of(pageOrigin))
                        .allowMethods(List.of("GET", "POST", "OPTIONS")).allowHeaders(List.of("Content-Type")).build())
                .build();
        api.addUsagePlan("UsagePlan", UsagePlanProps.builder().name("video-prompt-agent")
                .throttle(ThrottleSettings.builder().rateLimit(50).burstLimit(100).build()).build())
                .addApiStage(software.amazon.awscdk.services.apigateway.UsagePlanPerApiStage.builder()
                        .stage(api.getDeploymentStage()).build());
        // bodies are checked by API Gateway first (shape only; the handlers check the rest)
        RequestValidator bodies = api.addRequestValidator("BodyValidator", RequestValidatorOptions.builder()
                .validateRequestBody(true).validateRequestParameters(true).build());
        Model jsonObject = api.addModel("JsonObject", ModelOptions.builder().contentType("application/json")
                .schema(JsonSchema.builder().schema(JsonSchemaVersion.DRAFT4).type(JsonSchemaType.OBJECT).build()).build());
        api.addGatewayResponse("BadBody", GatewayResponseOptions.builder().type(ResponseType.BAD_REQUEST_BODY)
                .statusCode("400").templates(Map.of("application/json", "{\"error\":{\"code\":\"bad_request\","
                        + "\"message\":\"$context.error.validationErrorString\",\"requestId\":\"$context.requestId\"}}"))
                .build());
        for (HandlerKind kind : HandlerKind.values()) {
            Function function = Function.Builder.create(this, "Fn-" + kind.functionName())
                    .functionName("video-agent-" + kind.functionName())
                    .runtime(Runtime.JAVA_21).architecture(Architecture.X86_64)
                    .handler(kind.handlerClass() + "::handleRequest")
                    .code(Code.fromAsset(assets.lambdaJar().toString()))
                    .memorySize(1024).timeout(Duration.seconds(29))
                    .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                    .vpc(vpc).vpcSubnets(privateSubnets).securityGroups(List.of(appSecurityGroup))
                    .environment(environment)
                    .logGroup(LogGroup.Builder.create(this, "Logs-" + kind.functionName())
                            .retention(RetentionDays.ONE_MONTH).build())
                    .build();
            functions.put(kind, function);
            docdb.getSecret().grantRead(function);
            redisAuth.grantRead(function);
            Alias live = Alias.Builder.create(this, "Live-" + kind.functionName()).aliasName("live")
                    .version(function.getCurrentVersion()).build();
            for (ApiRoute route : ApiRoutes.ALL) {
                if (route.handler() == kind) {
                    MethodOptions options = route.method().equals("POST")
                            ? MethodOptions.builder().requestValidator(bodies)
                                    .requestModels(Map.of("application/json", jsonObject)).build()
                            : MethodOptions.builder().build();
                    resource(api.getRoot(), route.resourcePath()).addMethod(route.method(), new LambdaIntegration(live),
                            options);
                }
            }
        }
        // presigned links are signed with the function's own credentials; health asks for the bucket
        functions.get(HandlerKind.GET_RENDER).addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:GetObject")).resources(List.of(videos.arnForObjects("videos/*"))).build());
        functions.get(HandlerKind.HEALTH).addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:ListBucket")).resources(List.of(videos.getBucketArn())).build());
        workflow.stateMachine().grantStartExecution(functions.get(HandlerKind.START_RENDER));
        String executions = "arn:" + getPartition() + ":states:" + getRegion() + ":" + getAccount() + ":execution:"
                + workflow.stateMachine().getStateMachineName() + ":*";
        functions.get(HandlerKind.GET_RENDER).addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("states:DescribeExecution")).resources(List.of(executions)).build());
        // cancelling answers the job's state afterwards: describe, and stop nothing but this state machine's runs
        functions.get(HandlerKind.CANCEL_RENDER).addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("states:DescribeExecution", "states:StopExecution")).resources(List.of(executions)).build());

        // ---- the page: static files plus config.js pointing at this API ----
        BucketDeployment.Builder.create(this, "PageFiles").destinationBucket(pageBucket)
                .sources(List.of(Source.asset(assets.webRoot().toString(),
                                software.amazon.awscdk.services.s3.assets.AssetOptions.builder()
                                        .exclude(List.of("config.js")).build()),
                        Source.data("config.js", "window.VIDEO_AGENT_CONFIG = { apiBaseUrl: \""
                                + api.getUrl().replaceAll("/$", "") + "\" };\n")))
                .distribution(distribution).distributionPaths(List.of("/*")).build();

        // ---- observability ----
        Metric fallbacks = Metric.Builder.create().namespace("VideoAgent").metricName("RenderFallbacks")
                .statistic("Sum").period(Duration.minutes(15)).build();
        Metric failures = workflow.stateMachine().metricFailed(software.amazon.awscdk.services.cloudwatch.MetricOptions
                .builder().period(Duration.minutes(15)).statistic("Sum").build());
        Alarm.Builder.create(this, "RenderFallbackAlarm").metric(fallbacks).threshold(3).evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription("Three or more renders fell back to the default animation in 15 minutes").build();
        Alarm.Builder.create(this, "RenderFailureAlarm").metric(failures).threshold(1).evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription("A render workflow failed (the fallback failed too)").build();
        Dashboard.Builder.create(this, "Dashboard").dashboardName("video-prompt-agent").widgets(List.of(List.of(
                GraphWidget.Builder.create().title("API latency").left(List.of(api.metricLatency())).build(),
                GraphWidget.Builder.create().title("API errors").left(List.of(api.metricClientError(),
                        api.metricServerError())).build(),
                GraphWidget.Builder.create().title("Render duration").left(List.of(
                        Metric.Builder.create().namespace("VideoAgent").metricName("RenderDuration").statistic("p90")
                                .build(), workflow.stateMachine().metricTime())).build()), List.of(
                GraphWidget.Builder.create().title("Retries and fallbacks").left(List.of(
                        Metric.Builder.create().namespace("VideoAgent").metricName("RenderRetries").statistic("Sum").build(),
                        fallbacks)).build(),
                GraphWidget.Builder.create().title("Failed renders").left(List.of(failures)).build(),
                GraphWidget.Builder.create().title("Cache hit ratio").left(List.of(
                        Metric.Builder.create().namespace("VideoAgent").metricName("CacheHitRatio").statistic("Average")
                                .build())).build()))).build();
    }

    /** The zones this stack uses, named rather than looked up: synth needs no AWS account. */
    @Override
    public List<String> getAvailabilityZones() {
        return List.of(getRegion() + "a", getRegion() + "b");
    }

    private static Resource resource(software.amazon.awscdk.services.apigateway.IResource root, String path) {
        software.amazon.awscdk.services.apigateway.IResource at = root;
        for (String part : path.substring(1).split("/")) {
            at = at.getResource(part) != null ? at.getResource(part) : at.addResource(part);
        }
        return (Resource) at;
    }

    public RestApi api() {
        return api;
    }
}
