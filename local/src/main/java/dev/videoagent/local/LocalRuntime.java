package dev.videoagent.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.mongodb.client.MongoClient;
import dev.videoagent.adapters.mongo.MongoClients;
import dev.videoagent.core.config.AppConfig;
import dev.videoagent.core.config.EnvVar;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.health.Supervision;
import dev.videoagent.handlers.ServiceWiring;
import dev.videoagent.handlers.http.HandlerKind;
import dev.videoagent.local.embedded.EmbeddedMongoServer;
import dev.videoagent.local.embedded.EmbeddedRedisServer;
import dev.videoagent.local.embedded.EmbeddedS3Server;
import dev.videoagent.local.gateway.AllowedHosts;
import dev.videoagent.local.gateway.LocalGateway;
import dev.videoagent.local.gateway.MediaFiles;
import dev.videoagent.local.workflow.ChildProcessEcsTaskRunner;
import dev.videoagent.local.workflow.LocalRenderScheduler;
import dev.videoagent.local.workflow.LocalStepFunctions;
import dev.videoagent.local.workflow.MongoExecutionStore;
import dev.videoagent.local.workflow.StateMachineDefinition;
import java.nio.file.Path;
import java.util.List;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The local wiring: starts the embedded servers that the environment does not point elsewhere,
 * configures the service exactly as Lambda would be configured, and serves it through the gateway.
 */
public final class LocalRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalRuntime.class);

    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_BUCKET = "video-agent-local";
    /** How far back a restart looks for render jobs a crash left unfinished. */
    static final java.time.Duration RESUME_WINDOW = java.time.Duration.ofDays(1);
    /** Credentials for the embedded S3 server, which accepts any signature. */
    static final String LOCAL_ACCESS_KEY = "local";

    private final Deque<AutoCloseable> resources;
    private final AppConfig config;
    private final ServiceWiring wiring;
    private final LocalGateway gateway;
    private final EmbeddedMongoServer mongo;
    private final EmbeddedRedisServer redis;
    private final EmbeddedS3Server s3;
    private boolean closed;

    private LocalRuntime(Deque<AutoCloseable> resources, AppConfig config, ServiceWiring wiring, LocalGateway gateway,
                         EmbeddedMongoServer mongo, EmbeddedRedisServer redis, EmbeddedS3Server s3) {
        this.resources = resources;
        this.config = config;
        this.wiring = wiring;
        this.gateway = gateway;
        this.mongo = mongo;
        this.redis = redis;
        this.s3 = s3;
    }

    public static LocalRuntime start(LocalOptions options, Map<String, String> environment) {
        Deque<AutoCloseable> resources = new ArrayDeque<>();
        try {
            Files.createDirectories(options.dataDir());
            Map<String, String> env = new HashMap<>(environment);
            env.putIfAbsent(EnvVar.AWS_REGION, DEFAULT_REGION);
            env.putIfAbsent(EnvVar.VIDEO_BUCKET, DEFAULT_BUCKET);
            // a typo in what the user set fails now, naming the variable, before any server starts
            AppConfig.fromEnv(withEmbeddedPlaceholders(env));

            EmbeddedMongoServer mongo = null;
            if (isUnset(env, EnvVar.MONGODB_URI)) {
                mongo = push(resources, EmbeddedMongoServer.start(options.dataDir().resolve("mongo"), options.host()));
                env.put(EnvVar.MONGODB_URI, mongo.connectionString());
            }
            EmbeddedRedisServer redis = null;
            if (isUnset(env, EnvVar.REDIS_URL)) {
                redis = push(resources, EmbeddedRedisServer.start(options.dataDir().resolve("redis"), options.host(),
                        options.superviseRedis()));
                env.put(EnvVar.REDIS_URL, redis.url());
            }
            EmbeddedS3Server s3 = null;
            if (isUnset(env, EnvVar.AWS_ENDPOINT_URL)) {
                s3 = push(resources, EmbeddedS3Server.start(options.dataDir().resolve("s3"), options.host()));
                env.put(EnvVar.AWS_ENDPOINT_URL, s3.endpoint().toString());
                useLocalCredentialsIfNoneSet(environment);
            }

            AppConfig config = AppConfig.fromEnv(env);
            LOG.info("config: {}", config);
            // the executor records every transition; on the embedded Mongo it syncs them before acting on them
            EmbeddedMongoServer embedded = mongo;
            MongoClient executionsClient = push(resources, MongoClients.create(config));
            LocalStepFunctions workflow = push(resources, renderWorkflow(options, config, environment,
                    new MongoExecutionStore(executionsClient, config.mongoDatabase(),
                            embedded == null ? () -> { } : embedded::awaitDurable)));
            EmbeddedRedisServer supervised = redis;
            Supervision supervision = dependency -> dependency.equals("redis") && supervised != null
                    && supervised.recovering();
            ServiceWiring wiring = push(resources, new ServiceWiring(config, Optional.of(new ServiceWiring.RenderBackends(
                    new LocalRenderScheduler(workflow), key -> LocalGateway.MEDIA_PREFIX + key)), supervision));
            ensureBucket(wiring.s3(), config.videoBucket());
            wiring.warmUp();
            resumeRenders(workflow, wiring);

            Map<HandlerKind, RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> handlers =
                    new EnumMap<>(HandlerKind.class);
            for (HandlerKind kind : HandlerKind.values()) {
                handlers.put(kind, wiring.handler(kind));
            }
            S3Client media = wiring.s3();
            EmbeddedMongoServer store = mongo;
            // an external Mongo gets journaled majority writes from the client; the embedded one syncs on demand
            Runnable writeBarrier = store == null ? () -> { } : store::awaitDurable;
            LocalGateway gateway = push(resources, LocalGateway.start(options.host(), options.port(),
                    options.webRoot(), wiring.cors(), handlers, key -> media(media, config.videoBucket(), key),
                    writeBarrier, AllowedHosts.of(environment.get(EnvVar.LOCAL_ALLOWED_HOSTS)), options.gatewayLimits()));
            return new LocalRuntime(resources, config, wiring, gateway, mongo, redis, s3);
        } catch (IOException e) {
            closeAll(resources);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            // whatever failed, never leave a started server (a redis-server child above all) behind
            closeAll(resources);
            throw e;
        }
    }

    /**
     * After a restart the executor continues the executions it recorded (the orphaned tasks of a killed runtime were
     * stopped when its task runner was made); then the jobs no execution knows (a crash between the job's record
     * and its StartExecution) start again.
     */
    private static void resumeRenders(LocalStepFunctions workflow, ServiceWiring wiring) {
        try {
            workflow.resume();
            int resumed = wiring.renderJobs().resumeUnfinished(RESUME_WINDOW);
            if (resumed > 0) {
                LOG.info("workflow: {} unfinished render job(s) from before the restart started again", resumed);
            }
        } catch (DependencyUnavailableException e) {
            LOG.warn("workflow: unfinished render jobs not checked ({} unavailable)", e.dependency());
        }
    }

    /**
     * The render workflow on the local executor: the same definition file as in AWS, with the render
     * task run as a child JVM of this one (same classpath), told where S3 and Redis are.
     */
    private static LocalStepFunctions renderWorkflow(LocalOptions options, AppConfig config, Map<String, String> environment,
                                                     MongoExecutionStore executions) {
        Path definitionFile = options.workflowDefinition();
        StateMachineDefinition definition = StateMachineDefinition.load(definitionFile, Map.of(
                "ClusterArn", "local", "TaskDefinitionArn", "render-task", "CapacityProviderName", "local",
                "SubnetA", "local", "SubnetB", "local", "SecurityGroupId", "local", "ContainerName", "render",
                "VideoBucket", config.videoBucket()));
        // one render per JVM: the quick JIT alone gets there sooner (10 s 720p end to end 2.8 s vs 3.6 s)
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dev.videoagent.render.RenderTaskMain");
        Map<String, String> taskEnv = new HashMap<>();
        taskEnv.put(EnvVar.AWS_REGION, config.region());
        config.awsEndpointUrl().ifPresent(url -> taskEnv.put(EnvVar.AWS_ENDPOINT_URL, url.toString()));
        taskEnv.put(EnvVar.REDIS_URL, config.redisUrl().toString());
        taskEnv.put(EnvVar.LOG_LEVEL, config.logLevel());
        taskEnv.put("AWS_ACCESS_KEY_ID", environment.getOrDefault("AWS_ACCESS_KEY_ID",
                System.getProperty("aws.accessKeyId", LOCAL_ACCESS_KEY)));
        taskEnv.put("AWS_SECRET_ACCESS_KEY", environment.getOrDefault("AWS_SECRET_ACCESS_KEY",
                System.getProperty("aws.secretAccessKey", LOCAL_ACCESS_KEY)));
        ChildProcessEcsTaskRunner runner = new ChildProcessEcsTaskRunner(command, taskEnv, options.renderFailures(),
                options.dataDir().resolve("render-logs"));
        LOG.info("workflow: {} on the local executor ({} at once, render failures injected: {})", definitionFile,
                options.renderConcurrency(), options.renderFailures());
        return new LocalStepFunctions(definition, runner, executions, options.renderConcurrency(),
                options.workflowTimeScale(), java.time.Clock.systemUTC());
    }

    private static Optional<MediaFiles.Media> media(S3Client s3, String bucket, String key) {
        try {
            var object = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key));
            return Optional.of(new MediaFiles.Media(object.asByteArray(), object.response().contentType()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> withEmbeddedPlaceholders(Map<String, String> env) {
        Map<String, String> check = new HashMap<>(env);
        if (isUnset(check, EnvVar.MONGODB_URI)) {
            check.put(EnvVar.MONGODB_URI, "mongodb://127.0.0.1:1");
        }
        if (isUnset(check, EnvVar.REDIS_URL)) {
            check.put(EnvVar.REDIS_URL, "redis://127.0.0.1:1");
        }
        return check;
    }

    private static boolean isUnset(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank();
    }

    /** The SDK's default chain reads system properties after the environment, so real credentials win. */
    private static void useLocalCredentialsIfNoneSet(Map<String, String> environment) {
        if (isUnset(environment, "AWS_ACCESS_KEY_ID") && System.getProperty("aws.accessKeyId") == null) {
            System.setProperty("aws.accessKeyId", LOCAL_ACCESS_KEY);
            System.setProperty("aws.secretAccessKey", LOCAL_ACCESS_KEY);
        }
    }

    /** Locally nothing else creates the bucket (CDK does in AWS); S3 being down must not stop start-up. */
    private static void ensureBucket(S3Client s3, String bucket) {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
            s3.createBucket(b -> b.bucket(bucket));
            LOG.info("s3: created bucket {}", bucket);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                s3.createBucket(b -> b.bucket(bucket));
                LOG.info("s3: created bucket {}", bucket);
            } else {
                LOG.warn("s3: cannot check bucket {}: {}", bucket, e.getMessage());
            }
        } catch (RuntimeException e) {
            LOG.warn("s3: unreachable at start-up, storage features degrade until it answers: {}", e.toString());
        }
    }

    private static <T extends AutoCloseable> T push(Deque<AutoCloseable> resources, T resource) {
        resources.push(resource);
        return resource;
    }

    public int port() {
        return gateway.port();
    }

    /** The service objects behind the gateway (for in-process benchmarks). */
    ServiceWiring wiring() {
        return wiring;
    }

    public AppConfig config() {
        return config;
    }

    public Optional<EmbeddedMongoServer> embeddedMongo() {
        return Optional.ofNullable(mongo);
    }

    public Optional<EmbeddedRedisServer> embeddedRedis() {
        return Optional.ofNullable(redis);
    }

    public Optional<EmbeddedS3Server> embeddedS3() {
        return Optional.ofNullable(s3);
    }

    /** Stops the gateway first, then the clients, then the servers: in reverse order of start. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeAll(resources);
    }

    private static void closeAll(Deque<AutoCloseable> resources) {
        while (!resources.isEmpty()) {
            AutoCloseable resource = resources.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("shutdown: {} did not close cleanly: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
