package dev.videoagent.adapters.redis;

import dev.videoagent.core.port.HealthProbe;

public final class RedisHealthProbe implements HealthProbe {

    private final RedisConnection redis;

    public RedisHealthProbe(RedisConnection redis) {
        this.redis = redis;
    }

    @Override
    public String dependency() {
        return "redis";
    }

    @Override
    public void check() {
        String reply = redis.ping();
        if (!"PONG".equals(reply)) {
            throw new IllegalStateException("unexpected PING reply");
        }
    }
}
