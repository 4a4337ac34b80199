package dev.videoagent.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.core.config.EnvVar;
import dev.videoagent.core.model.MetricName;
import dev.videoagent.handlers.http.ApiRoutes;
import dev.videoagent.handlers.http.HandlerKind;
import dev.videoagent.handlers.http.LambdaPackage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The synthesized stack, checked resource by resource; every check names what it expects and can fail. */
class VideoAgentStackTest {

    private static JsonNode template;
    private static Template assertions;
    private static Path out;

    @BeforeAll
    static void synth(@org.junit.jupiter.api.io.TempDir Path dir) {
        out = dir;
        App app = new App(AppProps.builder().outdir(out.toString()).build());
        VideoAgentStack stack = InfraApp.build(app, Path.of(System.getProperty("videoagent.home", "..")));
        assertions = Template.fromStack(stack);
        app.synth();
        template = new ObjectMapper().valueToTree(assertions.toJSON());
    }

    private static List<JsonNode> resources(String type) {
        return StreamSupport.stream(template.get("Resources").spliterator(), false)
                .filter(r -> r.get("Type").asText().equals(type)).toList();
    }

    /** The one logical id of the resource of this type with these properties. */
    private static String logicalId(String type, Map<String, Object> properties) {
        Map<String, Map<String, Object>> found = assertions.findResources(type,
                Map.of("Properties", Match.objectLike(properties)));
        assertThat(found).as(type + " " + properties).hasSize(1);
        return found.keySet().iterator().next();
    }

    private static Object statement(Object action, Object resource) {
        return Match.objectLike(Map.of("Action", action, "Effect", "Allow", "Resource", resource));
    }

    /** A policy whose statements include these, in this order. */
    private static Map<String, Object> policyWith(Object statements) {
        return Map.of("PolicyDocument", Match.objectLike(Map.of("Statement", statements)));
    }

    @Test
    void everyRouteKindHasItsOwnFunctionWithSnapStartBehindALiveAlias() {
        for (HandlerKind kind : HandlerKind.values()) {
            String function = logicalId("AWS::Lambda::Function", Map.of(
                    "Handler", Api.HANDLER,
                    "Environment", Map.of("Variables", Match.objectLike(Map.of(EnvVar.ROUTE_KIND, kind.functionName()))),
                    "Runtime", "java21",
                    "SnapStart", Map.of("ApplyOn", "PublishedVersions")));
            String alias = logicalId("AWS::Lambda::Alias", Map.of("Name", "live",
                    "FunctionName", Map.of("Ref", function)));
            // each of the kind's routes integrates with this alias
            ApiRoutes.ALL.stream().filter(route -> route.handler() == kind).forEach(route ->
                    assertions.hasResourceProperties("AWS::ApiGateway::Method", Match.objectLike(Map.of(
                            "HttpMethod", route.method(),
                            "Integration", Match.objectLike(Map.of("Type", "AWS_PROXY", "Uri", Map.of("Fn::Join",
                                    Match.arrayWith(List.of(Match.arrayWith(List.of(Map.of("Ref", alias))))))))))));
        }
        assertions.resourceCountIs("AWS::Lambda::Alias", HandlerKind.values().length);
        // one method per route (plus the CORS preflights API Gateway adds)
        assertThat(resources("AWS::ApiGateway::Method").stream()
                .filter(m -> !m.get("Properties").get("HttpMethod").asText().equals("OPTIONS")).count())
                .isEqualTo(ApiRoutes.ALL.size());
    }

    @Test
    void theStateMachineRunsTheWorkflowFileOnTheRenderTaskWithItsPermissions() {
        assertions.resourceCountIs("AWS::StepFunctions::StateMachine", 1);
        assertions.resourceCountIs("AWS::ECS::CapacityProvider", 1);
        assertions.hasResourceProperties("AWS::AutoScaling::AutoScalingGroup", Match.objectLike(Map.of("MinSize", "0")));
        // the default, procedural backend: no GPU asked for, none started
        Object renderContainer = Match.objectLike(Map.of("Name", RenderCluster.RENDER_CONTAINER,
                "ResourceRequirements", Match.absent(), "Environment", Match.arrayWith(List.of(
                        Map.of("Name", "RENDER_BACKEND", "Value", "procedural")))));
        String task = logicalId("AWS::ECS::TaskDefinition",
                Map.of("ContainerDefinitions", List.of(renderContainer)));
        assertions.hasResourceProperties("AWS::AutoScaling::LaunchConfiguration", Match.objectLike(Map.of(
                "InstanceType", RenderBackend.DEFAULT_CPU_INSTANCE)));
        assertThat(assertions.findParameters("*").keySet()).as("the standard ECS image, not the GPU one")
                .noneMatch(p -> p.toLowerCase(java.util.Locale.ROOT).contains("gpu"));
        Object assumedByStepFunctions = Match.objectLike(Map.of("Principal", Map.of("Service", "states.amazonaws.com")));
        String machineRole = logicalId("AWS::IAM::Role", Map.of("AssumeRolePolicyDocument",
                Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(assumedByStepFunctions))))));

        Object eventsRule = Map.of("Fn::Join", Match.arrayWith(List.of(Match.arrayWith(List.of(
                Match.stringLikeRegexp(":rule/StepFunctionsGetEventsForECSTaskRule$"))))));
        List<Object> runTaskSync = new ArrayList<>(List.of(
                statement("ecs:RunTask", Map.of("Ref", task)),
                statement(List.of("ecs:StopTask", "ecs:DescribeTasks"), Match.anyValue()),
                statement(List.of("events:PutTargets", "events:PutRule", "events:DescribeRule"), eventsRule)));
        // the machine may hand both of the task's roles to ECS
        for (String role : List.of("RenderTaskTaskRole", "RenderTaskExecutionRole")) {
            String roleId = assertions.findResources("AWS::IAM::Role").keySet().stream()
                    .filter(id -> id.startsWith(role)).findFirst().orElseThrow();
            runTaskSync.add(statement("iam:PassRole", Map.of("Fn::GetAtt", List.of(roleId, "Arn"))));
        }
        Map<String, Object> machinePolicy = new java.util.HashMap<>(policyWith(Match.arrayWith(runTaskSync)));
        machinePolicy.put("Roles", List.of(Map.of("Ref", machineRole)));
        assertions.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(machinePolicy));
    }

    @Test
    void theDeployedDefinitionRetriesThreeTimesAndCatchesIntoTheFallback() throws Exception {
        JsonNode machine = resources("AWS::StepFunctions::StateMachine").get(0).get("Properties");
        JsonNode definition = new ObjectMapper().readTree(out.resolve("asset."
                + machine.get("DefinitionS3Location").get("Key").asText()).toFile());
        JsonNode render = definition.get("States").get("RenderVideo");
        assertThat(render.get("Resource").asText()).isEqualTo("arn:aws:states:::ecs:runTask.sync");
        assertThat(render.get("Retry").get(0).get("MaxAttempts").asInt()).isEqualTo(3);
        assertThat(render.get("Retry").get(0).get("ErrorEquals").toString()).contains("States.TaskFailed")
                .contains("States.Timeout").contains("AmazonECS.Unknown");
        assertThat(render.get("Catch").get(0).get("Next").asText()).isEqualTo("RenderFallback");
        assertThat(definition.get("States").get("RenderFallback").toString()).contains("\"Value\":\"fallback\"");
    }

    @Test
    void ourRolesNameEveryActionWithoutWildcards() {
        List<String> ours = new ArrayList<>();
        template.get("Resources").fields().forEachRemaining(e -> {
            String id = e.getKey();
            boolean ourPolicy = e.getValue().get("Type").asText().equals("AWS::IAM::Policy")
                    && (id.startsWith("Fn") || id.startsWith("RenderTask") || id.startsWith("RenderWorkflow"));
            (ourPolicy ? e.getValue().get("Properties").get("PolicyDocument").get("Statement")
                    : new ObjectMapper().createArrayNode()).forEach(statement -> {
                JsonNode actions = statement.get("Action");
                (actions.isArray() ? actions : new ObjectMapper().createArrayNode().add(actions))
                        .forEach(a -> ours.add(id + " " + a.asText()));
            });
        });
        assertThat(ours).isNotEmpty().noneMatch(a -> a.contains("*"));
    }

    @Test
    void bucketsBlockPublicAccessAndRefuseAnythingButTls() {
        assertThat(assertions.findResources("AWS::S3::Bucket")).hasSizeGreaterThanOrEqualTo(3);
        assertions.allResourcesProperties("AWS::S3::Bucket", Match.objectLike(Map.of("PublicAccessBlockConfiguration",
                Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true,
                        "RestrictPublicBuckets", true))));
        assertThat(assertions.findResources("AWS::S3::BucketPolicy")).hasSizeGreaterThanOrEqualTo(3);
        Object denyWithoutTls = Match.objectLike(Map.of("Effect", "Deny",
                "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))));
        assertions.allResourcesProperties("AWS::S3::BucketPolicy",
                Match.objectLike(policyWith(Match.arrayWith(List.of(denyWithoutTls)))));
    }

    @Test
    void documentDbAndElastiCacheAreEncryptedInTransitAndAtRest() {
        assertions.hasResourceProperties("AWS::DocDB::DBCluster", Match.objectLike(Map.of("StorageEncrypted", true)));
        assertions.hasResourceProperties("AWS::DocDB::DBClusterParameterGroup", Match.objectLike(Map.of(
                "Parameters", Match.objectLike(Map.of("tls", "enabled")))));
        assertions.hasResourceProperties("AWS::ElastiCache::ReplicationGroup", Match.objectLike(Map.of(
                "TransitEncryptionEnabled", true, "AtRestEncryptionEnabled", true, "AuthToken", Match.anyValue())));
    }

    @Test
    void eachFunctionShipsTheDeploymentJarOfItsPackage() {
        Map<LambdaPackage, java.util.Set<String>> keys = new java.util.EnumMap<>(LambdaPackage.class);
        for (JsonNode function : resources("AWS::Lambda::Function")) {
            String kind = function.get("Properties").path("Environment").path("Variables").path(EnvVar.ROUTE_KIND)
                    .asText();
            if (kind.isEmpty()) {
                continue; // CDK's own helper functions (bucket deployment, log retention)
            }
            LambdaPackage lambdaPackage = HandlerKind.fromEnv(Map.of(EnvVar.ROUTE_KIND, kind)).lambdaPackage();
            keys.computeIfAbsent(lambdaPackage, p -> new java.util.HashSet<>())
                    .add(function.get("Properties").get("Code").get("S3Key").toString());
        }
        // one asset per package, shared by its kinds, and no two packages alike
        assertThat(keys).containsOnlyKeys(LambdaPackage.values()).allSatisfy((p, k) -> assertThat(k).hasSize(1));
        assertThat(keys.values().stream().flatMap(java.util.Set::stream).distinct().count())
                .isEqualTo(LambdaPackage.values().length);
    }

    /** The resources of every policy statement attached to the role of the function serving this kind. */
    private static String policyResourcesOf(HandlerKind kind) {
        JsonNode function = resources("AWS::Lambda::Function").stream().filter(f -> kind.functionName().equals(
                f.get("Properties").path("Environment").path("Variables").path(EnvVar.ROUTE_KIND).asText()))
                .findFirst().orElseThrow();
        String role = function.get("Properties").get("Role").get("Fn::GetAtt").get(0).asText();
        return resources("AWS::IAM::Policy").stream()
                .filter(p -> p.get("Properties").get("Roles").toString().contains("\"" + role + "\""))
                .map(p -> p.get("Properties").get("PolicyDocument").get("Statement").toString())
                .reduce("", String::concat);
    }

    @Test
    void aFunctionMayReadOnlyTheSecretsOfTheClientsItsKindOpens() {
        // DocumentDB's secret is granted through its attachment to the cluster
        String historySecret = logicalId("AWS::SecretsManager::SecretTargetAttachment", Map.of());
        String cacheToken = logicalId("AWS::SecretsManager::Secret", Map.of("Description", "ElastiCache AUTH token"));
        assertThat(policyResourcesOf(HandlerKind.GET_RENDER)).contains(historySecret).contains(cacheToken);
        assertThat(policyResourcesOf(HandlerKind.HISTORY)).contains(historySecret).doesNotContain(cacheToken);
        assertThat(policyResourcesOf(HandlerKind.ROUTE_NOT_FOUND)).doesNotContain(historySecret)
                .doesNotContain(cacheToken);
    }

    @Test
    void noPasswordOrTokenIsInAnyEnvironment() {
        assertThat(resources("AWS::Lambda::Function")).isNotEmpty().allSatisfy(function ->
                assertThat(function.get("Properties").path("Environment").path("Variables").toString())
                        .doesNotContain("resolve:secretsmanager").doesNotContain("SecretString"));
        // our functions get the endpoints and the secrets' ARNs, which they read at start-up
        for (HandlerKind kind : HandlerKind.values()) {
            assertions.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                    "Handler", Api.HANDLER,
                    "Environment", Map.of("Variables", Match.objectLike(Map.of(EnvVar.ROUTE_KIND, kind.functionName(),
                            "MONGODB_URI", Match.anyValue(), "MONGODB_SECRET_ARN", Match.anyValue(),
                            "REDIS_URL", Match.anyValue(), "REDIS_SECRET_ARN", Match.anyValue()))))));
        }
        JsonNode container = resources("AWS::ECS::TaskDefinition").get(0).get("Properties").get("ContainerDefinitions").get(0);
        assertThat(container.get("Environment").toString()).doesNotContain("resolve:secretsmanager");
        assertions.hasResourceProperties("AWS::ECS::TaskDefinition", Match.objectLike(Map.of("ContainerDefinitions",
                Match.arrayWith(List.of(Match.objectLike(Map.of("Secrets", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Name", "REDIS_PASSWORD")))))))))));
    }

    @Test
    void theAlarmsWatchFallbacksAndFailedRuns() {
        assertions.resourceCountIs("AWS::CloudWatch::Alarm", 2);
        assertions.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "Namespace", MetricName.NAMESPACE, "MetricName", MetricName.RENDER_FALLBACKS.cloudWatchName(),
                "Statistic", "Sum", "Period", 900, "Threshold", 3,
                "AlarmDescription", Match.stringLikeRegexp(".*fell back.*"))));
        assertions.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "Namespace", "AWS/States", "MetricName", "ExecutionsFailed", "Threshold", 1,
                "AlarmDescription", Match.stringLikeRegexp(".*failed.*"))));
    }

    @Test
    void theDashboardGraphsEveryMetricTheServicesRecord() {
        assertions.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
        String body = resources("AWS::CloudWatch::Dashboard").get(0).get("Properties").get("DashboardBody").toString();
        for (MetricName metric : MetricName.values()) {
            assertThat(body).as(metric.name())
                    .contains("[\\\"" + MetricName.NAMESPACE + "\\\",\\\"" + metric.cloudWatchName() + "\\\"");
        }
    }
}
