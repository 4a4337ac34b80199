package dev.videoagent.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.mongodb.client.MongoClient;
import dev.videoagent.adapters.mongo.MongoClients;
import dev.videoagent.adapters.s3.S3Clients;
import dev.videoagent.core.config.AppConfig;
import dev.videoagent.core.config.EnvVar;
import dev.videoagent.core.config.RenderTaskConfig;
import dev.videoagent.core.model.VideoBackend;
import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.handlers.ClientCredentials;
import dev.videoagent.handlers.Closeables;
import dev.videoagent.handlers.RenderBackends;
import dev.videoagent.handlers.ServiceWiring;
import dev.videoagent.handlers.http.HandlerKind;
import dev.videoagent.local.auth.LocalOidcServer;
import dev.videoagent.local.embedded.EmbeddedMongoServer;
import dev.videoagent.local.embedded.EmbeddedRedisServer;
import dev.videoagent.local.embedded.EmbeddedS3Server;
import dev.videoagent.local.embedded.LocalCredentials;
import dev.videoagent.local.gateway.AllowedHosts;
import dev.videoagent.local.gateway.GatewayAuth;
import dev.videoagent.local.gateway.JwtAuthorizer;
import dev.videoagent.local.gateway.LocalGateway;
import dev.videoagent.local.gateway.MediaFiles;
import dev.videoagent.local.workflow.LocalRenderScheduler;
import dev.videoagent.local.workflow.LocalStepFunctions;
import dev.videoagent.local.workflow.MongoExecutionStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
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

    private final Closeables resources;
    private final AppConfig config;
    private final ServiceWiring wiring;
    private final LocalGateway gateway;
    private final EmbeddedServers servers;
    private final ClientCredentials clientCredentials;
    private boolean closed;

    private LocalRuntime(Closeables resources, AppConfig config, ServiceWiring wiring, LocalGateway gateway,
                         EmbeddedServers servers, ClientCredentials clientCredentials) {
        this.resources = resources;
        this.config = config;
        this.wiring = wiring;
        this.gateway = gateway;
        this.servers = servers;
        this.clientCredentials = clientCredentials;
    }

    public static LocalRuntime start(LocalOptions options, Map<String, String> environment) {
        Closeables resources = new Closeables();
        try {
            Files.createDirectories(options.dataDir());
            Map<String, String> env = new HashMap<>(environment);
            env.putIfAbsent(EnvVar.AWS_REGION, DEFAULT_REGION);
            env.putIfAbsent(EnvVar.VIDEO_BUCKET, DEFAULT_BUCKET);
            // one machine, its owner at the keyboard: limits that stop a runaway script, not a person
            env.putIfAbsent(EnvVar.LIMIT_WRITES_PER_MINUTE, "600");
            env.putIfAbsent(EnvVar.LIMIT_RENDERS_PER_HOUR, "120");
            env.putIfAbsent(EnvVar.LIMIT_RENDER_SECONDS_PER_DAY, "36000");
            // a typo in what the user set fails now, naming the variable, before any server starts
            AppConfig checked = AppConfig.fromEnv(withEmbeddedPlaceholders(env));
            // every backend a job may ask for has what it needs (COMFYUI_URL...), rather than failing at a render
            for (VideoBackend backend : checked.renderBackends().allowed()) {
                Map<String, String> task = new HashMap<>(env);
                task.put(EnvVar.RENDER_BACKEND, backend.key());
                RenderTaskConfig.backend(task);
            }

            EmbeddedServers servers = EmbeddedServers.start(options, env, resources);
            ClientCredentials clients = servers.clientCredentials(environment);

            AppConfig config = AppConfig.fromEnv(env);
            LOG.info("config: {}", config);
            // the executor records every transition; on the embedded Mongo it syncs them before acting on them
            MongoClient executionsClient = resources.add(MongoClients.create(config));
            LocalStepFunctions workflow = resources.add(LocalRenderWorkflow.create(options, config, env,
                    new MongoExecutionStore(executionsClient, config.mongoDatabase(), servers.mongoWriteBarrier()),
                    servers.s3Credentials(), servers.redisCredentials()));
            ServiceWiring wiring = resources.add(new ServiceWiring(config, EnumSet.allOf(HandlerKind.class),
                    RenderBackends.given(new RenderBackends(new LocalRenderScheduler(workflow),
                            key -> LocalGateway.MEDIA_PREFIX + key)), servers.supervision(), clients));
            // the runtime's own S3 client (the wiring signs its few S3 calls without one): the bucket, the media
            S3Client media = resources.add(S3Clients.create(config, clients.aws()));
            ensureBucket(media, config.videoBucket());
            wiring.warmUp();
            resumeRenders(workflow, wiring);

            Map<HandlerKind, RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> handlers =
                    new EnumMap<>(HandlerKind.class);
            for (HandlerKind kind : HandlerKind.values()) {
                handlers.put(kind, wiring.handler(kind));
            }
            LocalGateway gateway = resources.add(LocalGateway.start(options.host(), options.port(),
                    options.webRoot(), wiring.cors(), handlers, key -> media(media, config.videoBucket(), key),
                    servers.mongoWriteBarrier(), AllowedHosts.of(environment.get(EnvVar.LOCAL_ALLOWED_HOSTS)),
                    options.gatewayLimits(), options.users() ? users(resources.add(LocalOidcServer.start(options.host())))
                            : GatewayAuth.SINGLE_USER));
            return new LocalRuntime(resources, config, wiring, gateway, servers, clients);
        } catch (IOException e) {
            resources.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            // whatever failed, never leave a started server (a redis-server child above all) behind
            resources.close();
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
        return EmbeddedServers.isUnset(env, name);
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
        return servers.mongo();
    }

    public Optional<EmbeddedRedisServer> embeddedRedis() {
        return servers.redis();
    }

    public Optional<EmbeddedS3Server> embeddedS3() {
        return servers.s3();
    }

    /** What this runtime's own clients sign and authenticate with (for tests and in-process tools). */
    public ClientCredentials clientCredentials() {
        return clientCredentials;
    }

    /** This start's secrets and their files, when an embedded S3 or redis-server was started. */
    public Optional<LocalCredentials> credentials() {
        return servers.credentials();
    }

    /** Stops the gateway first, then the clients, then the servers: in reverse order of start. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        resources.close();
    }

    /** Sign-in through the runtime's own OIDC server: its ID tokens verified, and the page told where it is. */
    private static GatewayAuth users(LocalOidcServer oidc) {
        return new GatewayAuth(new JwtAuthorizer(oidc.issuer(), oidc.jwks(), LocalOidcServer.PAGE_CLIENT_ID),
                Map.of("signIn", true, "issuer", oidc.issuer().toString(), "clientId", LocalOidcServer.PAGE_CLIENT_ID,
                        "authorizationEndpoint", oidc.authorizationEndpoint().toString(),
                        "tokenEndpoint", oidc.tokenEndpoint().toString(),
                        "endSessionEndpoint", oidc.endSessionEndpoint().toString()));
    }
}