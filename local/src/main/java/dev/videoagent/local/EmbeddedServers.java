package dev.videoagent.local;

import dev.videoagent.core.config.EnvVar;
import dev.videoagent.core.port.Supervision;
import dev.videoagent.handlers.ClientCredentials;
import dev.videoagent.handlers.Closeables;
import dev.videoagent.local.embedded.EmbeddedMongoServer;
import dev.videoagent.local.embedded.EmbeddedRedisServer;
import dev.videoagent.local.embedded.EmbeddedS3Server;
import dev.videoagent.local.embedded.LocalCredentials;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The servers the environment does not point elsewhere, started for one run of the local runtime. The S3
 * server and the redis-server require this start's {@link LocalCredentials}: their loopback ports are open
 * to every local process.
 */
record EmbeddedServers(Optional<EmbeddedMongoServer> mongo, Optional<EmbeddedRedisServer> redis,
                       Optional<EmbeddedS3Server> s3, Optional<LocalCredentials> credentials) {

    /**
     * Starts what {@code env} leaves unset and puts the started servers' addresses into it. Each server is pushed
     * onto {@code resources} as soon as it runs, so a later failure stops it.
     */
    static EmbeddedServers start(LocalOptions options, Map<String, String> env, Closeables resources) {
        // new secrets at every start, for the servers started below (an external server has its own)
        Optional<LocalCredentials> credentials = isUnset(env, EnvVar.REDIS_URL) || isUnset(env, EnvVar.AWS_ENDPOINT_URL)
                ? Optional.of(LocalCredentials.createIn(options.dataDir().resolve("credentials")))
                : Optional.empty();
        EmbeddedMongoServer mongo = null;
        if (isUnset(env, EnvVar.MONGODB_URI)) {
            mongo = EmbeddedMongoServer.start(options.dataDir().resolve("mongo"), options.host());
            resources.add(mongo);
            env.put(EnvVar.MONGODB_URI, mongo.connectionString());
        }
        EmbeddedRedisServer redis = null;
        if (isUnset(env, EnvVar.REDIS_URL)) {
            redis = EmbeddedRedisServer.start(options.dataDir().resolve("redis"), options.host(),
                    options.superviseRedis(), credentials.orElseThrow());
            resources.add(redis);
            env.put(EnvVar.REDIS_URL, redis.url());
        }
        EmbeddedS3Server s3 = null;
        if (isUnset(env, EnvVar.AWS_ENDPOINT_URL)) {
            s3 = EmbeddedS3Server.start(options.dataDir().resolve("s3"), options.host(), credentials.orElseThrow());
            resources.add(s3);
            env.put(EnvVar.AWS_ENDPOINT_URL, s3.endpoint().toString());
        }
        return new EmbeddedServers(Optional.ofNullable(mongo), Optional.ofNullable(redis), Optional.ofNullable(s3),
                credentials);
    }

    /** This start's credentials when the S3 server is the embedded one. */
    Optional<LocalCredentials> s3Credentials() {
        return s3.isPresent() ? credentials : Optional.empty();
    }

    /** This start's credentials when the redis-server is the embedded one. */
    Optional<LocalCredentials> redisCredentials() {
        return redis.isPresent() ? credentials : Optional.empty();
    }

    /**
     * For the runtime's own clients: this start's key and password for the embedded servers. An external S3
     * endpoint (LocalStack, AWS) gets the keys in {@code environment} (what the SDK's default chain would take
     * from the process environment, but from the map {@link LocalRuntime#start} was given), else the default
     * chain; an external REDIS_URL carries its own password, if any.
     */
    ClientCredentials clientCredentials(Map<String, String> environment) {
        return new ClientCredentials(
                s3Credentials().map(LocalCredentials::s3CredentialsProvider).or(() -> environmentKeys(environment)),
                redisCredentials().map(LocalCredentials::redisPassword));
    }

    /** The supervisor's view: the embedded redis-server is being started again. */
    Supervision supervision() {
        return dependency -> dependency.equals("redis") && redis.map(EmbeddedRedisServer::recovering).orElse(false);
    }

    /** An external Mongo gets journaled majority writes from the client; the embedded one syncs on demand. */
    Runnable mongoWriteBarrier() {
        return mongo.<Runnable>map(server -> server::awaitDurable).orElse(() -> { });
    }

    private static Optional<AwsCredentialsProvider> environmentKeys(Map<String, String> environment) {
        if (isUnset(environment, "AWS_ACCESS_KEY_ID") || isUnset(environment, "AWS_SECRET_ACCESS_KEY")) {
            return Optional.empty();
        }
        String id = environment.get("AWS_ACCESS_KEY_ID");
        String secret = environment.get("AWS_SECRET_ACCESS_KEY");
        return Optional.of(StaticCredentialsProvider.create(isUnset(environment, "AWS_SESSION_TOKEN")
                ? AwsBasicCredentials.create(id, secret)
                : AwsSessionCredentials.create(id, secret, environment.get("AWS_SESSION_TOKEN"))));
    }

    static boolean isUnset(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank();
    }
}
