package dev.videoagent.local;

import dev.videoagent.core.config.WorkflowFiles;
import dev.videoagent.local.gateway.GatewayLimits;
import java.nio.file.Path;

/**
 * How {@code serve} runs: the gateway's port (0 = any free port), the data and web directories, and
 * for the render workflow: fault injection (the first N task runs of every execution fail), the
 * time scale of retry waits (1 = real time) and how many executions run at once; whether a redis-server
 * that dies is started again; the gateway's limits per connection and client; and whether several people
 * sign in (else the one local user needs no sign-in); whether every render task starts cold, as on ECS
 * (else one is kept started and warm ahead of the next job).
 */
public record LocalOptions(String host, int port, Path dataDir, Path webRoot, int renderFailures,
                           double workflowTimeScale, int renderConcurrency, Path workflowDefinition,
                           boolean superviseRedis, GatewayLimits gatewayLimits, boolean users,
                           boolean coldRenders) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public LocalOptions(String host, int port, Path dataDir, Path webRoot) {
        this(host, port, dataDir, webRoot, 0, 1.0, 2, defaultHome().resolve(WorkflowFiles.DEFINITION), true,
                GatewayLimits.DEFAULT, false, false);
    }

    /** The installation: VIDEO_AGENT_HOME (the launcher sets it), else the build's videoagent.home, else here. */
    static Path defaultHome() {
        String home = System.getenv(VideoAgentCli.HOME_VARIABLE);
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("videoagent.home", "."));
    }

    public LocalOptions withRenderFailures(int failures) {
        return new LocalOptions(host, port, dataDir, webRoot, failures, workflowTimeScale, renderConcurrency,
                workflowDefinition, superviseRedis, gatewayLimits, users, coldRenders);
    }

    public LocalOptions withWorkflowTimeScale(double scale) {
        return new LocalOptions(host, port, dataDir, webRoot, renderFailures, scale, renderConcurrency,
                workflowDefinition, superviseRedis, gatewayLimits, users, coldRenders);
    }

    public LocalOptions withWorkflowDefinition(Path definition) {
        return new LocalOptions(host, port, dataDir, webRoot, renderFailures, workflowTimeScale, renderConcurrency,
                definition, superviseRedis, gatewayLimits, users, coldRenders);
    }

    /** How many renders run at once; with 1, a second render waits queued behind the first. */
    public LocalOptions withRenderConcurrency(int concurrency) {
        return new LocalOptions(host, port, dataDir, webRoot, renderFailures, workflowTimeScale, concurrency,
                workflowDefinition, superviseRedis, gatewayLimits, users, coldRenders);
    }

    /** For tests of the degraded mode: a redis-server that dies stays dead. */
    public LocalOptions withoutRedisSupervision() {
        return new LocalOptions(host, port, dataDir, webRoot, renderFailures, workflowTimeScale, renderConcurrency,
                workflowDefinition, false, gatewayLimits, users, coldRenders);
    }

    /** For tests of the gateway's slowloris limits: timeouts short enough to wait for. */
    public LocalOptions withGatewayLimits(GatewayLimits limits) {
        return new LocalOptions(host, port, dataDir, webRoot, renderFailures, workflowTimeScale, renderConcurrency,
                workflowDefinition, superviseRedis, limits, users, coldRenders);
    }

    /** Several people, each signing in through the runtime's own OIDC server ({@code serve --users}). */
    public LocalOptions withUsers() {
        return new LocalOptions(host, port, dataDir, webRoot, renderFailures, workflowTimeScale, renderConcurrency,
                workflowDefinition, superviseRedis, gatewayLimits, true, coldRenders);
    }

    /** Every render task started afresh when its job comes ({@code serve --cold-renders}), as ECS does. */
    public LocalOptions withColdRenders() {
        return new LocalOptions(host, port, dataDir, webRoot, renderFailures, workflowTimeScale, renderConcurrency,
                workflowDefinition, superviseRedis, gatewayLimits, users, true);
    }

    public LocalOptions {
        if (renderFailures < 0 || renderFailures > 10) {
            throw new IllegalArgumentException("render failures must be 0..10, got " + renderFailures);
        }
        if (renderConcurrency < 1) {
            throw new IllegalArgumentException("render concurrency must be at least 1");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        java.util.Objects.requireNonNull(gatewayLimits, "gatewayLimits");
        dataDir = dataDir.toAbsolutePath().normalize();
        workflowDefinition = workflowDefinition.toAbsolutePath().normalize();
        webRoot = webRoot.toAbsolutePath().normalize();
    }
}
