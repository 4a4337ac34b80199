package dev.videoagent.render;

import dev.videoagent.adapters.redis.RedisConnection;
import dev.videoagent.adapters.s3.S3Clients;
import dev.videoagent.core.config.RenderTaskConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The clients a render task connects with, made from its {@link RenderTaskConfig.Connections}: S3 for the upload,
 * Redis for progress when it has one. A task started ahead of its job makes them before the job comes.
 */
final class RenderTaskClients implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RenderTaskClients.class);
    /** A render reports often: after a Redis failure it stops asking for 10 s, the video goes on. */
    private static final Duration REDIS_PAUSE = Duration.ofSeconds(10);

    private final RenderTaskConfig.Connections connections;
    private final S3Client s3;
    private final Optional<RedisConnection> redis;

    private RenderTaskClients(RenderTaskConfig.Connections connections, S3Client s3, Optional<RedisConnection> redis) {
        this.connections = connections;
        this.s3 = s3;
        this.redis = redis;
    }

    static RenderTaskClients create(RenderTaskConfig.Connections c) {
        S3Client s3 = S3Clients.create(c.region(), c.awsEndpointUrl(), c.dependencyTimeout());
        return new RenderTaskClients(c, s3, c.redisUrl().map(url -> new RedisConnection(url, c.dependencyTimeout(),
                c.redisPassword(), Clock.systemUTC(), REDIS_PAUSE)));
    }

    /** The clients of a task started for {@code job}. */
    static RenderTaskClients of(RenderTaskConfig job) {
        return create(job.connections());
    }

    /** These clients if the job connects where they do, else new ones for it (and these are closed). */
    RenderTaskClients forJob(RenderTaskConfig job) {
        if (job.connections().equals(connections)) {
            return this;
        }
        LOG.info("render task: the job connects elsewhere than the standby's clients; new clients");
        close();
        return of(job);
    }

    RenderTaskConfig.Connections connections() {
        return connections;
    }

    S3Client s3() {
        return s3;
    }

    Optional<RedisConnection> redis() {
        return redis;
    }

    /** Never throws: the video is stored by now, and a client that closes badly must not fail the task. */
    @Override
    public void close() {
        redis.ifPresent(r -> closeQuietly("redis", r));
        closeQuietly("s3", s3);
    }

    static void closeQuietly(String name, AutoCloseable client) {
        try {
            client.close();
        } catch (Exception e) {
            LOG.warn("render task: closing the {} client failed: {}", name, e.toString());
        }
    }
}
