package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.videoagent.adapters.s3.S3Clients;
import dev.videoagent.core.config.AppConfig;
import dev.videoagent.core.config.EnvVar;
import dev.videoagent.handlers.http.HandlerKind;
import dev.videoagent.handlers.http.LambdaPackage;
import dev.videoagent.local.embedded.LocalCredentials;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Every deployment jar, run as Lambda would: alone on a class path of its own (nothing from this test's class
 * path), entered through {@code ApiFunction} with the environment the stack sets, against the real embedded
 * Mongo, Redis and S3. A library left out of a package that its routes load fails here, not in AWS.
 */
class PackagedFunctionsIT {

    private static final Path JARS = Path.of(System.getProperty("videoagent.lambdaJars",
            "../functions/handlers/target"));
    /**
     * Ceilings in MB: issue 14's 12 for history, and for the others the sizes they have now, so a change that
     * grows one fails here. The issue asks for at most 25 (prompt) and 12 (renders, health): see
     * docs/architecture.md for what still stands between.
     */
    private static final Map<LambdaPackage, Double> MAX_MB = Map.of(LambdaPackage.PROMPT, 25.0,
            LambdaPackage.RENDERS, 12.0, LambdaPackage.HISTORY, 12.0);
    private static final String IDEA = "{\"concept\":\"귀여운 강아지가 뛰노는 밝은 영상\"}";

    @TempDir
    static Path data;
    private static LocalRuntime runtime;
    private static Map<String, String> environment;

    @BeforeAll
    static void startServers() {
        runtime = TestRuntimes.start(data);
        AppConfig config = runtime.config();
        LocalCredentials keys = runtime.credentials().orElseThrow();
        URI redis = config.redisUrl();
        environment = new HashMap<>(Map.of(EnvVar.AWS_REGION, config.region(),
                EnvVar.VIDEO_BUCKET, config.videoBucket(),
                EnvVar.MONGODB_URI, config.mongoUri().toString(),
                // in AWS the password comes from Secrets Manager; here it rides in the URL
                EnvVar.REDIS_URL, "redis://:" + keys.redisPassword() + "@" + redis.getHost() + ":" + redis.getPort(),
                EnvVar.AWS_ENDPOINT_URL, config.awsEndpointUrl().orElseThrow().toString(),
                EnvVar.STATE_MACHINE_ARN, "arn:aws:states:us-east-1:123456789012:stateMachine:render",
                EnvVar.DEPENDENCY_TIMEOUT_MS, "2000"));
        // the SDK's default chain, as in Lambda (where the role's keys are in the environment)
        System.setProperty("aws.accessKeyId", keys.accessKeyId());
        System.setProperty("aws.secretAccessKey", keys.secretAccessKey());
    }

    @AfterAll
    static void stopServers() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        runtime.close();
    }

    /** One packaged function: its own class loader over the jar alone, as a Lambda container has. */
    private record Function(Object entry, ClassLoader loader) {

        Response call(String method, String path, Map<String, String> pathParameters, String body) throws Exception {
            return call(method, path, pathParameters, null, body);
        }

        Response call(String method, String path, Map<String, String> pathParameters, Map<String, String> query,
                      String body) throws Exception {
            Class<?> eventType = loader.loadClass(
                    "com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent");
            Class<?> contextType = loader.loadClass(eventType.getName() + "$ProxyRequestContext");
            Object context = contextType.getConstructor().newInstance();
            contextType.getMethod("setRequestId", String.class).invoke(context, "req-" + path.hashCode());
            // as the Cognito authorizer passes the signed-in user
            contextType.getMethod("setAuthorizer", Map.class).invoke(context, Map.of("claims", Map.of("sub", "local")));
            Object event = eventType.getConstructor().newInstance();
            eventType.getMethod("setHttpMethod", String.class).invoke(event, method);
            eventType.getMethod("setPath", String.class).invoke(event, path);
            eventType.getMethod("setHeaders", Map.class).invoke(event, body == null ? Map.of()
                    : Map.of("content-type", "application/json"));
            eventType.getMethod("setPathParameters", Map.class).invoke(event, pathParameters);
            eventType.getMethod("setQueryStringParameters", Map.class).invoke(event, query);
            eventType.getMethod("setRequestContext", contextType).invoke(event, context);
            eventType.getMethod("setBody", String.class).invoke(event, body);
            Method handle = entry.getClass().getMethod("handleRequest", eventType,
                    loader.loadClass("com.amazonaws.services.lambda.runtime.Context"));
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader); // as Lambda's runtime does
            try {
                Object response = handle.invoke(entry, event, null);
                return new Response((Integer) response.getClass().getMethod("getStatusCode").invoke(response),
                        (String) response.getClass().getMethod("getBody").invoke(response));
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    private record Response(int status, String body) {
    }

    private static Path jar(LambdaPackage lambdaPackage) {
        Path jar = JARS.resolve("functions-handlers-0.1.0-SNAPSHOT-" + lambdaPackage.classifier() + ".jar");
        assertThat(jar).as("built by ./mvnw package (functions/handlers)").exists();
        return jar;
    }

    private static Function function(HandlerKind kind) throws Exception {
        return function(kind, Map.of());
    }

    private static Function function(HandlerKind kind, Map<String, String> extra) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {jar(kind.lambdaPackage()).toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
        Map<String, String> env = new HashMap<>(environment);
        env.put(EnvVar.ROUTE_KIND, kind.functionName());
        env.putAll(extra);
        Object entry = loader.loadClass("dev.videoagent.handlers.ApiFunction").getConstructor(Map.class)
                .newInstance(env);
        return new Function(entry, loader);
    }

    @Test
    void thePromptPackageAnalysesKoreanStoresAndCachesWithItsOwnLibraries() throws Exception {
        Function generate = function(HandlerKind.GENERATE);
        String idea = "{\"concept\":\"눈 내리는 산타마을\"}"; // this test's own: the other tests' is cached
        Response first = generate.call("POST", "/api/prompts", null, idea);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("snow").contains("\"stored\":true").contains("\"cached\":false");
        Response again = generate.call("POST", "/api/prompts", null, idea);
        assertThat(again.body()).as("served from Redis").contains("\"cached\":true");

        // Bedrock configured but unreachable: the packaged client is built and asked, and the prompt still comes
        Function withModel = function(HandlerKind.GENERATE, Map.of(EnvVar.BEDROCK_MODEL_ID, "amazon.nova-lite-v1:0",
                EnvVar.BEDROCK_ENDPOINT_URL, "http://127.0.0.1:1"));
        Response rewritten = withModel.call("POST", "/api/prompts", null,
                "{\"concept\":\"fireworks over the harbor, slow motion\",\"options\":{\"rewrite\":true}}");
        assertThat(rewritten.status()).as(rewritten.body()).isEqualTo(200);
        assertThat(rewritten.body()).contains("fireworks").contains("the model did not answer")
                .contains("amazon.nova-lite-v1:0");

        // the stored idea is found again from other words for the same things
        Response suggestions = function(HandlerKind.SUGGEST).call("GET", "/api/suggestions", null,
                Map.of("concept", "눈 오는 산타 마을"), null);
        assertThat(suggestions.status()).as(suggestions.body()).isEqualTo(200);
        assertThat(suggestions.body()).contains("눈 내리는 산타마을");
    }

    @Test
    void theHistoryPackageReadsMongoAndAnswersUnknownRoutes() throws Exception {
        function(HandlerKind.GENERATE).call("POST", "/api/prompts", null, IDEA);
        Response history = function(HandlerKind.HISTORY).call("GET", "/api/history", null, null);
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(history.body()).contains("귀여운 강아지");

        Response unknown = function(HandlerKind.ROUTE_NOT_FOUND).call("GET", "/api/nothing-here", null, null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"code\":\"not_found\"");
    }

    @Test
    void theRendersPackageBuildsItsStepFunctionsClientAndLinkSignerAndReadsJobs() throws Exception {
        Response missing = function(HandlerKind.GET_RENDER).call("GET", "/api/renders/01jzzzzzzzzzzzzzzzzzzzzzzz",
                Map.of("jobId", "01jzzzzzzzzzzzzzzzzzzzzzzz"), null);
        assertThat(missing.status()).as(missing.body()).isEqualTo(404);
        assertThat(missing.body()).contains("\"code\":\"not_found\"");

        // no Step Functions here: the start is signed and sent by the packaged AwsJsonClient and refused there
        Response start = function(HandlerKind.START_RENDER).call("POST", "/api/renders", null,
                "{\"prompt\":\"a cute puppy running in a park\"}");
        assertThat(start.status()).as(start.body()).isEqualTo(503);
        assertThat(start.body()).contains("\"code\":\"dependency_unavailable\"").contains("stepfunctions");
    }

    /** A finished job's links need Step Functions, absent here: the packaged link signer is called directly. */
    @Test
    void theRendersPackagePresignsLinksTheEmbeddedS3ServesWithoutTheS3Client() throws Exception {
        String key = "videos/01jpackagedlink00000000000.webm";
        try (S3Client s3 = S3Clients.create(runtime.config(), runtime.clientCredentials().aws())) {
            s3.putObject(b -> b.bucket(runtime.config().videoBucket()).key(key), RequestBody.fromString("packaged"));
        }
        ClassLoader loader = function(HandlerKind.GET_RENDER).loader();
        Class<?> configType = loader.loadClass("dev.videoagent.core.config.AppConfig");
        Class<?> providerType = loader.loadClass("software.amazon.awssdk.auth.credentials.AwsCredentialsProvider");
        Class<?> signerType = loader.loadClass("dev.videoagent.adapters.s3.S3RequestSigner");
        Object config = configType.getMethod("fromEnv", Map.class).invoke(null, environment);
        Object builder = loader.loadClass("software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider")
                .getMethod("builder").invoke(null);
        Object credentials = builder.getClass().getMethod("build").invoke(builder);
        Object signer = signerType.getMethod("of", configType, providerType).invoke(null, config, credentials);
        Object links = loader.loadClass("dev.videoagent.adapters.s3.S3PresignedVideoLinks")
                .getConstructor(signerType, String.class).newInstance(signer, runtime.config().videoBucket());
        String url = (String) links.getClass().getMethod("url", String.class).invoke(links, key);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        assertThat(response.body()).isEqualTo("packaged");
    }

    @Test
    void theHealthPackageReachesMongoRedisAndS3() throws Exception {
        Response health = function(HandlerKind.HEALTH).call("GET", "/api/health", null, null);
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"mongo\":\"up\"").contains("\"redis\":\"up\"").contains("\"s3\":\"up\"");
    }

    @Test
    void everyPackageStaysWithinItsSize() throws Exception {
        for (LambdaPackage lambdaPackage : LambdaPackage.values()) {
            double mb = Files.size(jar(lambdaPackage)) / 1e6;
            assertThat(mb).as(lambdaPackage + " in MB").isLessThanOrEqualTo(MAX_MB.get(lambdaPackage));
        }
    }

    /**
     * S3 links and checks are signed with the SDK's SigV4 signer, Step Functions and Secrets Manager called by
     * AwsJsonClient: the only generated AWS client any function ships is the prompt rewriter's Bedrock.
     */
    @Test
    void noPackageShipsAGeneratedAwsClientButThePromptsBedrock() throws Exception {
        for (LambdaPackage lambdaPackage : LambdaPackage.values()) {
            try (ZipFile jar = new ZipFile(jar(lambdaPackage).toFile())) {
                assertThat(jar.stream().map(entry -> entry.getName())
                        .filter(name -> name.startsWith("software/amazon/awssdk/services/"))
                        .map(name -> name.split("/")).filter(parts -> parts.length > 4)
                        .map(parts -> parts[4]).distinct())
                        .as(lambdaPackage.toString())
                        .containsExactlyElementsOf(lambdaPackage == LambdaPackage.PROMPT
                                ? List.of("bedrockruntime") : List.of());
            }
        }
    }
}
