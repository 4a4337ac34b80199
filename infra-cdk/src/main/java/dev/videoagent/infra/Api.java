package dev.videoagent.infra;

import dev.videoagent.core.config.EnvVar;
import dev.videoagent.core.model.VideoBackend;
import dev.videoagent.handlers.WiringNeed;
import dev.videoagent.handlers.http.ApiRoute;
import dev.videoagent.handlers.http.ApiRoutes;
import dev.videoagent.handlers.http.CorsPolicy;
import dev.videoagent.handlers.http.HandlerKind;
import dev.videoagent.handlers.http.LambdaPackage;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigateway.AuthorizationType;
import software.amazon.awscdk.services.apigateway.CorsOptions;
import software.amazon.awscdk.services.apigateway.GatewayResponseOptions;
import software.amazon.awscdk.services.apigateway.IResource;
import software.amazon.awscdk.services.apigateway.JsonSchema;
import software.amazon.awscdk.services.apigateway.JsonSchemaType;
import software.amazon.awscdk.services.apigateway.JsonSchemaVersion;
import software.amazon.awscdk.services.apigateway.LambdaIntegration;
import software.amazon.awscdk.services.apigateway.LogGroupLogDestination;
import software.amazon.awscdk.services.apigateway.Method;
import software.amazon.awscdk.services.apigateway.MethodLoggingLevel;
import software.amazon.awscdk.services.apigateway.MethodOptions;
import software.amazon.awscdk.services.apigateway.Model;
import software.amazon.awscdk.services.apigateway.ModelOptions;
import software.amazon.awscdk.services.apigateway.RequestValidator;
import software.amazon.awscdk.services.apigateway.RequestValidatorOptions;
import software.amazon.awscdk.services.apigateway.ResponseType;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.apigateway.StageOptions;
import software.amazon.awscdk.services.apigateway.ThrottleSettings;
import software.amazon.awscdk.services.apigateway.UsagePlanPerApiStage;
import software.amazon.awscdk.services.apigateway.UsagePlanProps;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The public API: a throttled REST API from the shared route table, one Lambda function per route kind
 * (SnapStart on published versions, behind a "live" alias), each granted what its routes do. Resources
 * sit at the stack's level (see {@link Network}).
 */
public final class Api extends Construct {

    private final RestApi restApi;
    /** Every function runs the one entry point; {@link EnvVar#ROUTE_KIND} tells it which route kind it serves. */
    public static final String HANDLER = "dev.videoagent.handlers.ApiFunction::handleRequest";

    private final Map<HandlerKind, Function> functions = new EnumMap<>(HandlerKind.class);

    public Api(Construct scope, String id, java.util.function.Function<LambdaPackage, Path> lambdaJars,
               Network network, DataStores data, Media media,
               RenderJobs renderJobs, Users users, RenderBackend backend) {
        super(scope, id);
        Stack stack = Stack.of(this);
        LogGroup accessLog = LogGroup.Builder.create(stack, "ApiAccessLog").retention(RetentionDays.ONE_MONTH).build();
        restApi = RestApi.Builder.create(stack, "Api").restApiName("video-prompt-agent")
                .deployOptions(StageOptions.builder().stageName("prod").throttlingRateLimit(50).throttlingBurstLimit(100)
                        .loggingLevel(MethodLoggingLevel.ERROR).tracingEnabled(true)
                        .accessLogDestination(new LogGroupLogDestination(accessLog))
                        .accessLogFormat(AccessLogFormat.jsonWithStandardFields()).build())
                .defaultCorsPreflightOptions(CorsOptions.builder().allowOrigins(List.of(media.pageOrigin()))
                        .allowMethods(List.of(CorsPolicy.ALLOWED_METHODS.split(",")))
                        .allowHeaders(List.of("Content-Type", "Authorization")).build())
                .build();
        restApi.addUsagePlan("UsagePlan", UsagePlanProps.builder().name("video-prompt-agent")
                .throttle(ThrottleSettings.builder().rateLimit(50).burstLimit(100).build()).build())
                .addApiStage(UsagePlanPerApiStage.builder().stage(restApi.getDeploymentStage()).build());
        // bodies are checked by API Gateway first (shape only; the handlers check the rest)
        RequestValidator bodies = restApi.addRequestValidator("BodyValidator", RequestValidatorOptions.builder()
                .validateRequestBody(true).validateRequestParameters(true).build());
        Model jsonObject = restApi.addModel("JsonObject", ModelOptions.builder().contentType("application/json")
                .schema(JsonSchema.builder().schema(JsonSchemaVersion.DRAFT4).type(JsonSchemaType.OBJECT).build()).build());
        restApi.addGatewayResponse("BadBody", GatewayResponseOptions.builder().type(ResponseType.BAD_REQUEST_BODY)
                .statusCode("400").templates(Map.of("application/json", "{\"error\":{\"code\":\"bad_request\","
                        + "\"message\":\"$context.error.validationErrorString\",\"requestId\":\"$context.requestId\"}}"))
                .build());

        // the authorizer's own refusal, in the API's error shape, readable by the page across origins
        restApi.addGatewayResponse("Unauthorized", GatewayResponseOptions.builder().type(ResponseType.UNAUTHORIZED)
                .statusCode("401").responseHeaders(Map.of("Access-Control-Allow-Origin", "'" + media.pageOrigin() + "'",
                        "WWW-Authenticate", "'Bearer'"))
                .templates(Map.of("application/json", "{\"error\":{\"code\":\"unauthorized\",\"message\":"
                        + "\"Sign in to use this: the request carries no valid token.\",\"requestId\":\"$context.requestId\"}}"))
                .build());

        Map<String, String> environment = environment(data, media, renderJobs, backend);
        for (HandlerKind kind : HandlerKind.values()) {
            Function function = Function.Builder.create(stack, "Fn-" + kind.functionName())
                    .functionName("video-agent-" + kind.functionName())
                    .runtime(Runtime.JAVA_21).architecture(Architecture.X86_64)
                    .handler(HANDLER)
                    .code(Code.fromAsset(lambdaJars.apply(kind.lambdaPackage()).toString()))
                    .memorySize(1024).timeout(Duration.seconds(29))
                    .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                    .vpc(network.vpc()).vpcSubnets(network.privateSubnets())
                    .securityGroups(List.of(network.appSecurityGroup()))
                    .environment(withRouteKind(environment, kind))
                    .logGroup(LogGroup.Builder.create(stack, "Logs-" + kind.functionName())
                            .retention(RetentionDays.ONE_MONTH).build())
                    .build();
            functions.put(kind, function);
            // each function may read only the secrets of the clients its kind opens
            Set<WiringNeed> needs = WiringNeed.of(EnumSet.of(kind));
            if (needs.contains(WiringNeed.MONGO)) {
                data.historySecret().grantRead(function);
            }
            if (needs.contains(WiringNeed.REDIS)) {
                data.cacheAuthToken().grantRead(function);
            }
            Alias live = Alias.Builder.create(stack, "Live-" + kind.functionName()).aliasName("live")
                    .version(function.getCurrentVersion()).build();
            for (ApiRoute route : ApiRoutes.ALL) {
                if (route.handler() == kind) {
                    MethodOptions.Builder options = MethodOptions.builder();
                    if (route.method().equals("POST") || route.method().equals("PUT")) {
                        options.requestValidator(bodies).requestModels(Map.of("application/json", jsonObject));
                    }
                    // everyone signs in, but for the health check
                    if (route.handler() != HandlerKind.HEALTH) {
                        options.authorizer(users.authorizer()).authorizationType(AuthorizationType.COGNITO);
                    }
                    Method method = resource(restApi.getRoot(), route.resourcePath())
                            .addMethod(route.method(), new LambdaIntegration(live), options.build());
                    if (route.handler() == HandlerKind.HEALTH) {
                        NagReasons.publicHealthCheck(method);
                    }
                }
            }
        }
        grantWhatTheRoutesDo(media, renderJobs);
    }

    /** The shared environment plus the one thing that differs: which route kind the entry point wires. */
    private static Map<String, String> withRouteKind(Map<String, String> environment, HandlerKind kind) {
        Map<String, String> own = new HashMap<>(environment);
        own.put(EnvVar.ROUTE_KIND, kind.functionName());
        return own;
    }

    /** Endpoints and secret ARNs only: the functions read the passwords at start-up. */
    private static Map<String, String> environment(DataStores data, Media media, RenderJobs renderJobs,
                                                   RenderBackend backend) {
        Map<String, String> environment = new HashMap<>();
        // a job may ask for the deployment's backend or the procedural renderer, which every render host runs
        environment.put(EnvVar.RENDER_BACKEND, backend.kind().key());
        environment.put(EnvVar.RENDER_BACKENDS, backend.kind() == VideoBackend.PROCEDURAL ? VideoBackend.PROCEDURAL.key()
                : backend.kind().key() + "," + VideoBackend.PROCEDURAL.key());
        environment.put(EnvVar.VIDEO_BUCKET, media.videos().getBucketName());
        environment.put(EnvVar.MONGODB_URI, data.historyUri());
        environment.put(EnvVar.MONGODB_SECRET_ARN, data.historySecret().getSecretArn());
        environment.put(EnvVar.REDIS_URL, data.cacheUrl());
        environment.put(EnvVar.REDIS_SECRET_ARN, data.cacheAuthToken().getSecretArn());
        environment.put(EnvVar.STATE_MACHINE_ARN, renderJobs.stateMachine().getStateMachineArn());
        environment.put(EnvVar.CORS_ALLOWED_ORIGINS, media.pageOrigin());
        environment.put(EnvVar.METRICS, "emf");
        return environment;
    }

    private void grantWhatTheRoutesDo(Media media, RenderJobs renderJobs) {
        // presigned links are signed with the function's own credentials; health asks for the bucket
        functions.get(HandlerKind.GET_RENDER).addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:GetObject")).resources(List.of(media.videos().arnForObjects("videos/*"))).build());
        functions.get(HandlerKind.HEALTH).addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:ListBucket")).resources(List.of(media.videos().getBucketArn())).build());
        renderJobs.stateMachine().grantStartExecution(functions.get(HandlerKind.START_RENDER));
        String executions = renderJobs.executionArns();
        functions.get(HandlerKind.GET_RENDER).addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("states:DescribeExecution")).resources(List.of(executions)).build());
        // cancelling answers the job's state afterwards: describe, and stop nothing but this state machine's runs
        functions.get(HandlerKind.CANCEL_RENDER).addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("states:DescribeExecution", "states:StopExecution")).resources(List.of(executions)).build());
    }

    /** The resource at a route's path, created part by part where it does not exist yet. */
    private static software.amazon.awscdk.services.apigateway.Resource resource(IResource root, String path) {
        IResource at = root;
        for (String part : path.substring(1).split("/")) {
            at = at.getResource(part) != null ? at.getResource(part) : at.addResource(part);
        }
        return (software.amazon.awscdk.services.apigateway.Resource) at;
    }

    public RestApi restApi() {
        return restApi;
    }
}
