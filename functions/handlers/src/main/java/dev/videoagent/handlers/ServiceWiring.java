package dev.videoagent.handlers;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.mongodb.client.MongoClient;
import dev.videoagent.adapters.mongo.MongoClients;
import dev.videoagent.adapters.mongo.MongoHealthProbe;
import dev.videoagent.adapters.redis.RedisConnection;
import dev.videoagent.adapters.redis.RedisHealthProbe;
import dev.videoagent.adapters.s3.S3Clients;
import dev.videoagent.adapters.s3.S3HealthProbe;
import dev.videoagent.core.config.AppConfig;
import dev.videoagent.core.health.HealthService;
import dev.videoagent.handlers.api.GenerateHandler;
import dev.videoagent.handlers.api.HealthHandler;
import dev.videoagent.handlers.api.RouteNotFoundHandler;
import dev.videoagent.handlers.http.CorsPolicy;
import dev.videoagent.handlers.http.HandlerKind;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;

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

    public ServiceWiring(AppConfig config) {
        this.config = config;
        this.cors = new CorsPolicy(config.corsAllowedOrigins());
    }

    /** The Lambda container's wiring, configured from the process environment on first use. */
    public static ServiceWiring lambda() {
        ServiceWiring current = lambda;
        if (current == null) {
            synchronized (ServiceWiring.class) {
                current = lambda;
                if (current == null) {
                    current = new ServiceWiring(AppConfig.fromEnv(System.getenv()));
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
            mongo = MongoClients.create(config);
        }
        return mongo;
    }

    public synchronized RedisConnection redis() {
        if (redis == null) {
            redis = new RedisConnection(config);
        }
        return redis;
    }

    public synchronized S3Client s3() {
        if (s3 == null) {
            s3 = S3Clients.create(config);
        }
        return s3;
    }

    public synchronized HealthService healthService() {
        if (health == null) {
            health = new HealthService(List.of(
                    new MongoHealthProbe(mongo(), config.mongoDatabase()),
                    new RedisHealthProbe(redis()),
                    new S3HealthProbe(s3(), config.videoBucket())),
                    config.dependencyTimeout());
        }
        return health;
    }

    /** The handler instance for one route kind, sharing this wiring's clients. */
    public RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler(HandlerKind kind) {
        return switch (kind) {
            case HEALTH -> new HealthHandler(healthService(), cors);
            case GENERATE -> new GenerateHandler(cors);
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
        if (mongo != null) {
            mongo.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }
}
