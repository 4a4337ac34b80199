package dev.videoagent.handlers;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.mongodb.client.MongoClient;
import dev.videoagent.adapters.bedrock.BedrockPromptRewriter;
import dev.videoagent.adapters.metrics.EmfMetrics;
import dev.videoagent.adapters.mongo.MongoClients;
import dev.videoagent.adapters.mongo.MongoHealthProbe;
import dev.videoagent.adapters.mongo.MongoHistoryRepository;
import dev.videoagent.adapters.mongo.MongoRenderJobRepository;
import dev.videoagent.adapters.ollama.OllamaPromptRewriter;
import dev.videoagent.adapters.redis.RedisConnection;
import dev.videoagent.adapters.redis.RedisHealthProbe;
import dev.videoagent.adapters.redis.RedisPromptCache;
import dev.videoagent.adapters.redis.RedisRenderProgress;
import dev.videoagent.adapters.s3.S3Clients;
import dev.videoagent.adapters.s3.S3HealthProbe;
import dev.videoagent.adapters.s3.S3PresignedVideoLinks;
import dev.videoagent.adapters.secrets.SecretsManagerSecrets;
import dev.videoagent.adapters.sfn.SfnClients;
import dev.videoagent.adapters.sfn.SfnRenderScheduler;
import dev.videoagent.core.config.AppConfig;
import dev.videoagent.core.config.ConfigException;
import dev.videoagent.core.config.EnvVar;
import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.model.RecordIds;
import dev.videoagent.core.port.HistoryRepository;
import dev.videoagent.core.port.Metrics;
import dev.videoagent.core.port.PromptCache;
import dev.videoagent.core.port.PromptRewriter;
import dev.videoagent.core.port.RenderProgress;
import dev.videoagent.core.port.RenderScheduler;
import dev.videoagent.core.port.Supervision;
import dev.videoagent.core.port.VideoLinks;
import dev.videoagent.core.usecase.GeneratePrompt;
import dev.videoagent.core.usecase.HealthService;
import dev.videoagent.core.usecase.ListHistory;
import dev.videoagent.core.usecase.RecordEdit;
import dev.videoagent.core.usecase.RenderJobs;
import dev.videoagent.core.usecase.SuggestPrompts;
import dev.videoagent.handlers.api.CancelRenderHandler;
import dev.videoagent.handlers.api.DiffHandler;
import dev.videoagent.handlers.api.GenerateHandler;
import dev.videoagent.handlers.api.GetRenderHandler;
import dev.videoagent.handlers.api.HealthHandler;
import dev.videoagent.handlers.api.HistoryHandler;
import dev.videoagent.handlers.api.RouteNotFoundHandler;
import dev.videoagent.handlers.api.StartRenderHandler;
import dev.videoagent.handlers.api.SuggestHandler;
import dev.videoagent.handlers.http.CorsPolicy;
import dev.videoagent.handlers.http.HandlerKind;
import dev.videoagent.nori.PromptEngines;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Builds the service's objects from one {@link AppConfig}. In Lambda one instance per container is
 * created from the environment ({@link #lambda()}); the local runtime creates one with its own config.
 * Clients are created on first use, so a function only opens the connections it needs.
 */
public final class ServiceWiring implements AutoCloseable {

    private static volatile ServiceWiring lambda;

    private final AppConfig config;
    private final CorsPolicy cors;
    private MongoClient mongo;
    private RedisConnection redis;
    private S3Client s3;
    private HealthService health;
    private PromptEngine engine;
    private MongoHistoryRepository history;
    private GeneratePrompt generatePrompt;
    private PromptRewriter rewriter;
    private PromptCache promptCache;
    private SecretsManagerSecrets secrets;

    /** Where renders run and how their files are reached, when a runtime brings its own (the local one does). */
    public record RenderBackends(RenderScheduler scheduler, VideoLinks links) {
    }

    private final Optional<RenderBackends> renderBackends;
    private final Supervision supervision;
    private final ClientCredentials credentials;
    private RenderJobs renderJobs;
    private RenderProgress renderProgress;
    private SfnClient sfn;
    private S3Presigner presigner;

    public ServiceWiring(AppConfig config) {
        this(config, Optional.empty(), Supervision.NONE, ClientCredentials.AWS_DEFAULTS);
    }

    /** With what a runtime brings itself: its render backends, the supervisor and credentials of its servers. */
    public ServiceWiring(AppConfig config, Optional<RenderBackends> renderBackends, Supervision supervision,
                         ClientCredentials credentials) {
        this.config = config;
        this.cors = new CorsPolicy(config.corsAllowedOrigins());
        this.renderBackends = renderBackends;
        this.supervision = supervision;
        this.credentials = credentials;
    }

    /** The Lambda container's wiring, configured from the process environment on first use. */
    public static ServiceWiring lambda() {
        ServiceWiring current = lambda;
        if (current == null) {
            synchronized (ServiceWiring.class) {
                current = lambda;
                if (current == null) {
                    current = new ServiceWiring(AppConfig.fromEnv(System.getenv()));
                    SnapStartPriming.register(current);
                    lambda = current;
                }
            }
        }
        return current;
    }

    public AppConfig config() {
        return config;
    }

    public CorsPolicy cors() {
        return cors;
    }

    public synchronized MongoClient mongo() {
        if (mongo == null) {
            mongo = MongoClients.create(config, config.mongoSecretArn().map(arn -> secrets().mongoCredential(arn)));
        }
        return mongo;
    }

    public synchronized RedisConnection redis() {
        if (redis == null) {
            redis = new RedisConnection(config.redisUrl(), config.dependencyTimeout(), credentials.redisPassword()
                    .or(() -> config.redisSecretArn().map(arn -> secrets().value(arn))));
        }
        return redis;
    }

    /** Only in AWS, where the credentials are in Secrets Manager. */
    private synchronized SecretsManagerSecrets secrets() {
        if (secrets == null) {
            secrets = new SecretsManagerSecrets(SecretsManagerSecrets.client(config));
        }
        return secrets;
    }

    public synchronized S3Client s3() {
        if (s3 == null) {
            s3 = S3Clients.create(config, credentials.s3());
        }
        return s3;
    }

    public synchronized HealthService healthService() {
        if (health == null) {
            health = new HealthService(List.of(
                    new MongoHealthProbe(mongo(), config.mongoDatabase()),
                    new RedisHealthProbe(redis()),
                    new S3HealthProbe(s3(), config.videoBucket())),
                    config.dependencyTimeout(), supervision);
        }
        return health;
    }

    public synchronized PromptEngine promptEngine() {
        if (engine == null) {
            engine = PromptEngines.createDefault();
        }
        return engine;
    }

    public synchronized HistoryRepository history() {
        if (history == null) {
            history = new MongoHistoryRepository(mongo(), config.mongoDatabase());
        }
        return history;
    }

    /** One cache per container: it remembers when Redis last failed and what it still has to invalidate. */
    public synchronized PromptCache promptCache() {
        if (promptCache == null) {
            promptCache = new RedisPromptCache(redis());
        }
        return promptCache;
    }

    public synchronized RecordEdit recordEdit() {
        Clock clock = Clock.systemUTC();
        return new RecordEdit(promptEngine(), history(), promptCache(), clock, new RecordIds(clock));
    }

    public synchronized SuggestPrompts suggestPrompts() {
        return new SuggestPrompts(promptEngine(), history(), promptCache());
    }

    public synchronized ListHistory listHistory() {
        return new ListHistory(history());
    }

    /** The LLM rewrite: Bedrock when a model id is configured, else a local Ollama when one is, else none. */
    public synchronized Optional<PromptRewriter> rewriter() {
        if (rewriter == null && config.bedrockModelId().isPresent()) {
            rewriter = new BedrockPromptRewriter(BedrockPromptRewriter.client(config), config.bedrockModelId().get());
        } else if (rewriter == null && config.ollamaUrl().isPresent()) {
            rewriter = new OllamaPromptRewriter(config.ollamaUrl().get(), config.ollamaModel().orElseThrow(),
                    config.dependencyTimeout());
        }
        return Optional.ofNullable(rewriter);
    }

    /** Creates what can be created ahead of the first request (indexes, the engine's dictionaries). */
    public void warmUp() {
        PromptEngines.warmUp(promptEngine()); // in the snapshot, not in the first request
        history();
        history.ensureIndexes();
    }

    public synchronized GeneratePrompt generatePrompt() {
        if (generatePrompt == null) {
            Clock clock = Clock.systemUTC();
            generatePrompt = new GeneratePrompt(promptEngine(), history(), promptCache(), rewriter(), clock,
                    new RecordIds(clock), metrics());
        }
        return generatePrompt;
    }

    public synchronized RenderProgress renderProgress() {
        if (renderProgress == null) {
            renderProgress = new RedisRenderProgress(redis());
        }
        return renderProgress;
    }

    /** Step Functions and presigned S3 links in AWS, unless the runtime brought its own backends. */
    public synchronized RenderJobs renderJobs() {
        if (renderJobs == null) {
            RenderBackends backends = renderBackends.orElseGet(() -> {
                String arn = config.stateMachineArn().orElseThrow(() -> new ConfigException(EnvVar.STATE_MACHINE_ARN,
                        "is required for the render routes but not set"));
                sfn = SfnClients.create(config);
                presigner = S3Clients.presigner(config, credentials.s3());
                return new RenderBackends(new SfnRenderScheduler(sfn, arn),
                        new S3PresignedVideoLinks(presigner, config.videoBucket()));
            });
            Clock clock = Clock.systemUTC();
            renderJobs = new RenderJobs(new MongoRenderJobRepository(mongo(), config.mongoDatabase()), history(),
                    backends.scheduler(), renderProgress(), backends.links(), clock, new RecordIds(clock),
                    config.renderTaskTimeout());
        }
        return renderJobs;
    }

    /** Before a SnapStart snapshot: no open Redis socket in the image. */
    synchronized void disconnectRedis() {
        if (redis != null) {
            redis.disconnect();
        }
    }

    /** EMF lines on stdout when the environment asks for them (CDK sets it in AWS). */
    public Metrics metrics() {
        return config.emfMetrics() ? new EmfMetrics(System.out, Clock.systemUTC()) : Metrics.NONE;
    }

    /** The handler instance for one route kind, sharing this wiring's clients. */
    public RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler(HandlerKind kind) {
        return switch (kind) {
            case HEALTH -> new HealthHandler(healthService(), cors);
            case GENERATE -> new GenerateHandler(generatePrompt(), cors);
            case DIFF -> new DiffHandler(recordEdit(), cors);
            case HISTORY -> new HistoryHandler(listHistory(), cors);
            case SUGGEST -> new SuggestHandler(suggestPrompts(), cors);
            case START_RENDER -> new StartRenderHandler(renderJobs(), cors);
            case GET_RENDER -> new GetRenderHandler(renderJobs(), cors);
            case CANCEL_RENDER -> new CancelRenderHandler(renderJobs(), cors);
            case ROUTE_NOT_FOUND -> new RouteNotFoundHandler(cors);
        };
    }

    @Override
    public synchronized void close() {
        if (health != null) {
            health.close();
        }
        if (redis != null) {
            redis.close();
        }
        if (rewriter != null) {
            rewriter.close();
        }
        if (mongo != null) {
            mongo.close();
        }
        if (s3 != null) {
            s3.close();
        }
        if (sfn != null) {
            sfn.close();
        }
        if (secrets != null) {
            secrets.close();
        }
        if (presigner != null) {
            presigner.close();
        }
    }
}
