package dev.videoagent.local.gateway;

import java.time.Duration;

/**
 * What one client may hold of the gateway: how long it may take to send a request's headers, how long a
 * connection may stay silent (while a body arrives, or kept alive between requests), and how many
 * connections one client address may have open.
 */
public record GatewayLimits(Duration headerTimeout, Duration idleTimeout, int maxConnectionsPerClient) {

    /** A browser opens about six connections; 64 leaves room for tabs and tools, not for a slowloris. */
    public static final GatewayLimits DEFAULT = new GatewayLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), 64);

    public GatewayLimits {
        if (headerTimeout.isNegative() || headerTimeout.isZero() || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("gateway timeouts must be positive");
        }
        if (maxConnectionsPerClient < 1) {
            throw new IllegalArgumentException("connections per client must be at least 1");
        }
    }
}
