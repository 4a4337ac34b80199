package dev.videoagent.handlers;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.mongodb.client.MongoClient;
import dev.videoagent.adapters.metrics.EmfMetrics;
import dev.videoagent.adapters.mongo.MongoClients;
import dev.videoagent.adapters.mongo.MongoHealthProbe;
import dev.videoagent.adapters.mongo.MongoHistoryRepository;
import dev.videoagent.adapters.mongo.MongoPromptAnnotationRepository;
import dev.videoagent.adapters.mongo.MongoRenderJobRepository;
import dev.videoagent.adapters.redis.RedisConnection;
import dev.videoagent.adapters.redis.RedisHealthProbe;
import dev.videoagent.adapters.redis.RedisPromptCache;
import dev.videoagent.adapters.redis.RedisRenderProgress;
import dev.videoagent.adapters.redis.RedisUsageLimits;
import dev.videoagent.adapters.s3.S3HealthProbe;
import dev.videoagent.adapters.s3.S3RequestSigner;
import dev.videoagent.adapters.secrets.SecretsManagerSecrets;
import dev.videoagent.core.config.AppConfig;
import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.model.RecordIds;
import dev.videoagent.core.port.HealthProbe;
import dev.videoagent.core.port.Metrics;
import dev.videoagent.core.port.PromptCache;
import dev.videoagent.core.port.Supervision;
import dev.videoagent.core.port.UsageLimits;
import dev.videoagent.core.usecase.GeneratePrompt;
import dev.videoagent.core.usecase.HealthService;
import dev.videoagent.core.usecase.ListHistory;
import dev.videoagent.core.usecase.PromptLabels;
import dev.videoagent.core.usecase.PromptVersions;
import dev.videoagent.core.usecase.RateResults;
import dev.videoagent.core.usecase.RecordEdit;
import dev.videoagent.core.usecase.RenderJobs;
import dev.videoagent.core.usecase.SuggestPrompts;
import dev.videoagent.handlers.api.CancelRenderHandler;
import dev.videoagent.handlers.api.CompareHandler;
import dev.videoagent.handlers.api.DiffHandler;
import dev.videoagent.handlers.api.GenerateHandler;
import dev.videoagent.handlers.api.GetRenderHandler;
import dev.videoagent.handlers.api.HealthHandler;
import dev.videoagent.handlers.api.HistoryHandler;
import dev.videoagent.handlers.api.LabelHandler;
import dev.videoagent.handlers.api.PromptHandler;
import dev.videoagent.handlers.api.RateHandler;
import dev.videoagent.handlers.api.RevertHandler;
import dev.videoagent.handlers.api.RouteNotFoundHandler;
import dev.videoagent.handlers.api.StartRenderHandler;
import dev.videoagent.handlers.api.SuggestHandler;
import dev.videoagent.handlers.http.CorsPolicy;
import dev.videoagent.handlers.http.HandlerKind;
import dev.videoagent.nori.PromptEngines;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * The composition root of the API: builds, up front, everything the given route kinds use and nothing else
 * (a Lambda function serves one kind and opens only its connections; the local runtime wires every kind).
 * Everything opened is in one {@link Closeables}, closed in reverse order.
 */
public final class ServiceWiring implements AutoCloseable {

    private final Closeables closeables = new Closeables();
    private final AppConfig config;
    private final CorsPolicy cors;
    private final Set<WiringNeed> needs;
    private final RedisConnection redis;
    private final S3HealthProbe s3;
    private final PromptEngine engine;
    private final MongoHistoryRepository history;
    private final MongoRenderJobRepository renderRecords;
    private final GeneratePrompt generatePrompt;
    private final RecordEdit recordEdit;
    private final SuggestPrompts suggestPrompts;
    private final RenderJobs renderJobs;
    private final PromptVersions promptVersions;
    private final PromptLabels promptLabels;
    private final RateResults rateResults;
    private final HealthService health;
    private final Map<HandlerKind, RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> handlers;

    /** A Lambda function's wiring: AWS clients with the SDK's credential chain, Step Functions for renders. */
    public static ServiceWiring forLambda(AppConfig config, Set<HandlerKind> kinds) {
        return new ServiceWiring(config, kinds, RenderBackends::stepFunctions, Supervision.NONE,
                ClientCredentials.AWS_DEFAULTS);
    }

    /** With what a runtime brings itself: its render backends, the supervisor and credentials of its servers. */
    public ServiceWiring(AppConfig config, Set<HandlerKind> kinds, RenderBackends.Factory renderBackends,
                         Supervision supervision, ClientCredentials credentials) {
        this.config = config;
        this.cors = new CorsPolicy(config.corsAllowedOrigins());
        this.needs = WiringNeed.of(kinds);
        try {
            Clock clock = Clock.systemUTC();
            RecordIds ids = new RecordIds(clock);
            // one credentials provider for every AWS call of this wiring, made only when one is wired
            AwsCredentialsProvider aws = needs.contains(WiringNeed.S3) || needs.contains(WiringNeed.RENDERS)
                    || secretsNeeded(credentials) ? credentials.awsOrDefault(closeables) : null;
            SecretsManagerSecrets secrets = secretsNeeded(credentials)
                    ? closeables.add(new SecretsManagerSecrets(SecretsManagerSecrets.client(config, aws))) : null;
            MongoClient mongo = needs.contains(WiringNeed.MONGO) ? closeables.add(MongoClients.create(config,
                    config.mongoSecretArn().map(arn -> secrets.mongoCredential(arn)))) : null;
            redis = needs.contains(WiringNeed.REDIS) ? closeables.add(new RedisConnection(config.redisUrl(),
                    config.dependencyTimeout(), credentials.redisPassword()
                            .or(() -> config.redisSecretArn().map(arn -> secrets.value(arn))))) : null;
            // signed HEADs, not an S3 client: the packages leave the S3 SDK out (the local runtime has its own)
            s3 = needs.contains(WiringNeed.S3) ? closeables.add(new S3HealthProbe(S3RequestSigner.of(config, aws),
                    config.videoBucket(), config.dependencyTimeout())) : null;
            history = mongo == null ? null : new MongoHistoryRepository(mongo, config.mongoDatabase());
            renderRecords = mongo == null ? null
                    : new MongoRenderJobRepository(mongo, config.mongoDatabase());
            MongoPromptAnnotationRepository annotations = mongo == null ? null
                    : new MongoPromptAnnotationRepository(mongo, config.mongoDatabase());
            promptVersions = mongo == null ? null : new PromptVersions(history, renderRecords, annotations);
            // what one person may consume, counted in Redis for every function alike
            UsageLimits limits = redis == null ? UsageLimits.NONE
                    : new RedisUsageLimits(redis, config.usageLimits(), clock);

            PromptCache cache = redis == null ? null : new RedisPromptCache(redis); // one: it remembers Redis's failures
            promptLabels = mongo == null ? null : new PromptLabels(history, annotations, limits);
            rateResults = mongo == null || cache == null ? null
                    : new RateResults(history, renderRecords, annotations, cache, limits, clock);
            if (needs.contains(WiringNeed.ENGINE)) {
                engine = PromptEngines.createDefault();
                suggestPrompts = new SuggestPrompts(engine, history, cache, config.usageLimits().learningMinUsers());
                recordEdit = new RecordEdit(engine, history, cache, clock, ids, limits);
                generatePrompt = new GeneratePrompt(engine, history, cache, suggestPrompts,
                        needs.contains(WiringNeed.REWRITER) ? PromptRewriters.configured(config, closeables)
                                : Optional.empty(), clock, ids,
                        metrics(clock), limits, config.usageLimits().learningMinUsers());
            } else {
                engine = null;
                suggestPrompts = null;
                recordEdit = null;
                generatePrompt = null;
            }
            if (needs.contains(WiringNeed.RENDERS)) {
                RenderBackends backends = renderBackends.create(config, aws, closeables);
                renderJobs = new RenderJobs(renderRecords, history,
                        backends.scheduler(), new RedisRenderProgress(redis), backends.links(), clock, ids,
                        config.renderTaskTimeout(), limits, config.renderBackends());
            } else {
                renderJobs = null;
            }
            health = closeables.add(new HealthService(probes(mongo), config.dependencyTimeout(), supervision));
            handlers = handlers(kinds);
        } catch (RuntimeException | Error e) {
            closeables.close();
            throw e;
        }
    }

    /** Secrets Manager only in AWS, and only when a wired client's credentials are there. */
    private boolean secretsNeeded(ClientCredentials credentials) {
        boolean mongoSecret = needs.contains(WiringNeed.MONGO) && config.mongoSecretArn().isPresent();
        boolean redisSecret = needs.contains(WiringNeed.REDIS) && credentials.redisPassword().isEmpty()
                && config.redisSecretArn().isPresent();
        return mongoSecret || redisSecret;
    }

    /** EMF lines on stdout when the environment asks for them (CDK sets it in AWS). */
    private Metrics metrics(Clock clock) {
        return config.emfMetrics() ? new EmfMetrics(System.out, clock) : Metrics.NONE;
    }

    /** The dependencies this wiring opened: all three for the health route, a function's own after a restore. */
    private List<HealthProbe> probes(MongoClient mongo) {
        List<HealthProbe> probes = new ArrayList<>();
        if (mongo != null) {
            probes.add(new MongoHealthProbe(mongo, config.mongoDatabase()));
        }
        if (redis != null) {
            probes.add(new RedisHealthProbe(redis));
        }
        if (s3 != null) {
            probes.add(s3);
        }
        return probes;
    }

    private Map<HandlerKind, RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> handlers(
            Set<HandlerKind> kinds) {
        Map<HandlerKind, RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>> built =
                new EnumMap<>(HandlerKind.class);
        for (HandlerKind kind : kinds) {
            built.put(kind, switch (kind) {
                case HEALTH -> new HealthHandler(health, config.renderBackends(), cors);
                case GENERATE -> new GenerateHandler(generatePrompt, cors);
                case DIFF -> new DiffHandler(recordEdit, cors);
                case HISTORY -> new HistoryHandler(new ListHistory(history), cors);
                case SUGGEST -> new SuggestHandler(suggestPrompts, cors);
                case PROMPT_VERSIONS -> new PromptHandler(promptVersions, cors);
                case COMPARE_VERSIONS -> new CompareHandler(promptVersions, cors);
                case REVERT -> new RevertHandler(recordEdit, cors);
                case LABEL -> new LabelHandler(promptLabels, cors);
                case RATE_VERSION -> new RateHandler(rateResults, RateHandler.Target.VERSION, cors);
                case RATE_RENDER -> new RateHandler(rateResults, RateHandler.Target.RENDER, cors);
                case START_RENDER -> new StartRenderHandler(renderJobs, cors);
                case GET_RENDER -> new GetRenderHandler(renderJobs, cors);
                case CANCEL_RENDER -> new CancelRenderHandler(renderJobs, cors);
                case ROUTE_NOT_FOUND -> new RouteNotFoundHandler(cors);
            });
        }
        return built;
    }

    /** The handler of a wired route kind. */
    public RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler(HandlerKind kind) {
        return wired(handlers.get(kind), "the " + kind.functionName() + " route");
    }

    public AppConfig config() {
        return config;
    }

    public CorsPolicy cors() {
        return cors;
    }

    public boolean wiresPromptEngine() {
        return engine != null;
    }

    public PromptEngine promptEngine() {
        return wired(engine, "the prompt engine");
    }

    public MongoHistoryRepository history() {
        return wired(history, "the history");
    }

    public GeneratePrompt generatePrompt() {
        return wired(generatePrompt, "prompt generation");
    }

    public RecordEdit recordEdit() {
        return wired(recordEdit, "edits");
    }

    public SuggestPrompts suggestPrompts() {
        return wired(suggestPrompts, "suggestions");
    }

    public RenderJobs renderJobs() {
        return wired(renderJobs, "renders");
    }

    /** The health of what this wiring opened. */
    public HealthService healthService() {
        return health;
    }

    /** Creates what can be created ahead of the first request (indexes, the engine's dictionaries). */
    public void warmUp() {
        if (engine != null) {
            PromptEngines.warmUp(engine); // in the snapshot, not in the first request
        }
        if (history != null) {
            history.ensureIndexes();
            renderRecords.ensureIndexes();
        }
    }

    /** Before a SnapStart snapshot: no open Redis socket in the image. */
    void disconnectRedis() {
        if (redis != null) {
            redis.disconnect();
        }
    }

    private static <T> T wired(T value, String what) {
        if (value == null) {
            throw new IllegalStateException(what + " is not wired for this runtime's routes");
        }
        return value;
    }

    @Override
    public void close() {
        closeables.close();
    }
}
