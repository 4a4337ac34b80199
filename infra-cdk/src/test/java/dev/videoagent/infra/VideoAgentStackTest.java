package dev.videoagent.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.handlers.http.ApiRoutes;
import dev.videoagent.handlers.http.HandlerKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Template;

/** The synthesized stack, checked resource by resource. */
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
        List<JsonNode> out = new ArrayList<>();
        template.get("Resources").forEach(r -> {
            if (r.get("Type").asText().equals(type)) {
                out.add(r);
            }
        });
        return out;
    }

    @Test
    void everyRouteKindHasItsOwnFunctionWithSnapStartBehindALiveAlias() {
        List<JsonNode> functions = resources("AWS::Lambda::Function");
        for (HandlerKind kind : HandlerKind.values()) {
            assertThat(functions).as(kind.name()).anySatisfy(f -> {
                assertThat(f.get("Properties").get("Handler").asText()).isEqualTo(kind.handlerClass() + "::handleRequest");
                assertThat(f.get("Properties").get("SnapStart").get("ApplyOn").asText()).isEqualTo("PublishedVersions");
                assertThat(f.get("Properties").get("Runtime").asText()).isEqualTo("java21");
            });
        }
        assertThat(resources("AWS::Lambda::Alias")).hasSize(HandlerKind.values().length)
                .allSatisfy(a -> assertThat(a.get("Properties").get("Name").asText()).isEqualTo("live"));
        // each route's method integrates with the live alias of its own kind's function
        for (var route : ApiRoutes.ALL) {
            String alias = "Live" + route.handler().functionName().replace("-", "");
            assertThat(resources("AWS::ApiGateway::Method")).as(route.toString()).anySatisfy(m -> {
                assertThat(m.get("Properties").get("HttpMethod").asText()).isEqualTo(route.method());
                assertThat(m.get("Properties").get("Integration").toString()).contains(alias);
            });
        }
        // one method per route (plus the CORS preflights API Gateway adds)
        long methods = resources("AWS::ApiGateway::Method").stream()
                .filter(m -> !m.get("Properties").get("HttpMethod").asText().equals("OPTIONS")).count();
        assertThat(methods).isEqualTo(ApiRoutes.ALL.size());
    }

    @Test
    void theStateMachineRunsTheWorkflowFileOnTheGpuTaskWithItsPermissions() {
        assertThat(resources("AWS::StepFunctions::StateMachine")).hasSize(1);
        JsonNode task = resources("AWS::ECS::TaskDefinition").get(0).get("Properties");
        JsonNode container = task.get("ContainerDefinitions").get(0);
        assertThat(container.get("ResourceRequirements").toString()).contains("\"Type\":\"GPU\"").contains("\"Value\":\"1\"");
        assertThat(template.toString()).contains("StepFunctionsGetEventsForECSTaskRule").contains("ecs:RunTask")
                .contains("iam:PassRole");
        assertThat(resources("AWS::ECS::CapacityProvider")).hasSize(1);
        assertThat(resources("AWS::AutoScaling::AutoScalingGroup").get(0).get("Properties").get("MinSize").asText())
                .isEqualTo("0");
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
            if (e.getValue().get("Type").asText().equals("AWS::IAM::Policy")
                    && (id.startsWith("Fn") || id.startsWith("RenderTask") || id.startsWith("RenderWorkflow"))) {
                e.getValue().get("Properties").get("PolicyDocument").get("Statement").forEach(statement -> {
                    JsonNode actions = statement.get("Action");
                    (actions.isArray() ? actions : new ObjectMapper().createArrayNode().add(actions))
                            .forEach(a -> ours.add(id + " " + a.asText()));
                });
            }
        });
        assertThat(ours).isNotEmpty().noneMatch(a -> a.contains("*"));
    }

    @Test
    void bucketsBlockPublicAccessAndRefuseAnythingButTls() {
        List<JsonNode> buckets = resources("AWS::S3::Bucket");
        assertThat(buckets).hasSizeGreaterThanOrEqualTo(3).allSatisfy(b -> assertThat(
                b.get("Properties").get("PublicAccessBlockConfiguration")).isEqualTo(new ObjectMapper().valueToTree(Map.of(
                "BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true, "RestrictPublicBuckets", true))));
        assertThat(resources("AWS::S3::BucketPolicy")).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(p -> assertThat(p.toString()).contains("aws:SecureTransport"));
    }

    @Test
    void documentDbAndElastiCacheAreEncryptedInTransitAndAtRest() {
        JsonNode docdb = resources("AWS::DocDB::DBCluster").get(0).get("Properties");
        assertThat(docdb.get("StorageEncrypted").asBoolean()).isTrue();
        JsonNode parameters = resources("AWS::DocDB::DBClusterParameterGroup").get(0).get("Properties").get("Parameters");
        assertThat(parameters.get("tls").asText()).isEqualTo("enabled");
        JsonNode cache = resources("AWS::ElastiCache::ReplicationGroup").get(0).get("Properties");
        assertThat(cache.get("TransitEncryptionEnabled").asBoolean()).isTrue();
        assertThat(cache.get("AtRestEncryptionEnabled").asBoolean()).isTrue();
        assertThat(cache.has("AuthToken")).isTrue();
    }

    @Test
    void noPasswordOrTokenIsInAnyEnvironment() {
        for (JsonNode function : resources("AWS::Lambda::Function")) {
            JsonNode env = function.get("Properties").path("Environment").path("Variables");
            assertThat(env.toString()).doesNotContain("resolve:secretsmanager").doesNotContain("SecretString");
            if (env.has("MONGODB_URI")) {
                assertThat(env.has("MONGODB_SECRET_ARN")).isTrue();
                assertThat(env.has("REDIS_SECRET_ARN")).isTrue();
            }
        }
        JsonNode container = resources("AWS::ECS::TaskDefinition").get(0).get("Properties").get("ContainerDefinitions").get(0);
        assertThat(container.get("Environment").toString()).doesNotContain("resolve:secretsmanager");
        assertThat(container.get("Secrets").toString()).contains("REDIS_PASSWORD");
    }

    @Test
    void theDashboardAndAlarmsExist() {
        assertThat(resources("AWS::CloudWatch::Dashboard")).hasSize(1);
        assertThat(resources("AWS::CloudWatch::Alarm")).extracting(a -> a.get("Properties").get("AlarmDescription").asText())
                .anyMatch(d -> d.contains("fell back")).anyMatch(d -> d.contains("failed"));
    }
}
