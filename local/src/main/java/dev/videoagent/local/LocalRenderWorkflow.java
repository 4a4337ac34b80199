package dev.videoagent.local;

import dev.videoagent.core.config.AppConfig;
import dev.videoagent.core.config.EnvVar;
import dev.videoagent.core.config.RenderTaskConfig;
import dev.videoagent.core.config.WorkflowSubstitutions;
import dev.videoagent.local.embedded.LocalCredentials;
import dev.videoagent.local.workflow.ChildProcessEcsTaskRunner;
import dev.videoagent.local.workflow.LocalStepFunctions;
import dev.videoagent.local.workflow.MongoExecutionStore;
import dev.videoagent.local.workflow.StateMachineDefinition;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The render workflow on the local executor: the same definition file as in AWS, with the render task run
 * as a child JVM of this one (same classpath), told where S3 and Redis are. For the servers the runtime
 * embeds it is told where their credentials are (owner-only files), never the credentials themselves: a
 * process's environment is readable through {@code /proc} by every process of the same user.
 */
final class LocalRenderWorkflow {

    private static final Logger LOG = LoggerFactory.getLogger(LocalRenderWorkflow.class);

    /**
     * What the SDK's default chain would take before the credentials file (environment, web identity, a named
     * profile): not inherited when the embedded S3 server is used, so the task signs with this start's key.
     */
    static final Set<String> AWS_CREDENTIAL_VARIABLES = Set.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE");

    private LocalRenderWorkflow() {
    }

    /**
     * @param embeddedS3 the credentials when the S3 server is the embedded one; empty for an external endpoint,
     *                   whose credentials the task finds as this process does (its inherited environment, profiles)
     * @param embeddedRedis the same for the redis-server; an external REDIS_URL carries its own password if any
     */
    static LocalStepFunctions create(LocalOptions options, AppConfig config, Map<String, String> env,
                                     MongoExecutionStore executions,
                                     Optional<LocalCredentials> embeddedS3, Optional<LocalCredentials> embeddedRedis) {
        Path definitionFile = options.workflowDefinition();
        StateMachineDefinition definition = StateMachineDefinition.load(definitionFile, Map.of(
                WorkflowSubstitutions.CLUSTER_ARN, "local", WorkflowSubstitutions.TASK_DEFINITION_ARN, "render-task",
                WorkflowSubstitutions.CAPACITY_PROVIDER_NAME, "local", WorkflowSubstitutions.SUBNET_A, "local",
                WorkflowSubstitutions.SUBNET_B, "local", WorkflowSubstitutions.SECURITY_GROUP_ID, "local",
                WorkflowSubstitutions.CONTAINER_NAME, "render", WorkflowSubstitutions.VIDEO_BUCKET, config.videoBucket()));
        // one render per JVM, its classes mapped from a shared archive rather than loaded one by one. Started for
        // its job, the quick JIT alone gets there sooner (10 s 720p end to end 2.8 s vs 3.6 s); a standby warms up
        // before its job comes, so it takes the full JIT's faster code
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        Path archive = RenderTaskClassCache.archive(RenderTaskClassCache.directory(), classpath);
        RenderTaskClassCache.ensure(archive, java, classpath);
        List<String> command = javaCommand(java, archive, classpath, List.of("-XX:TieredStopAtLevel=1"), List.of());
        Optional<List<String>> standby = options.coldRenders() ? Optional.empty()
                : Optional.of(javaCommand(java, archive, classpath, List.of(), List.of("--standby")));
        ChildProcessEcsTaskRunner runner = new ChildProcessEcsTaskRunner(command, standby,
                taskEnvironment(config, env, embeddedS3, embeddedRedis), withheld(embeddedS3, embeddedRedis),
                options.renderFailures(), options.dataDir().resolve("render-logs"));
        LOG.info("workflow: {} on the local executor ({} at once, render failures injected: {})", definitionFile,
                options.renderConcurrency(), options.renderFailures());
        return new LocalStepFunctions(definition, runner, executions, options.renderConcurrency(),
                options.workflowTimeScale(), Clock.systemUTC());
    }

    private static List<String> javaCommand(String java, Path archive, String classpath, List<String> jit,
                                            List<String> arguments) {
        List<String> command = new java.util.ArrayList<>(List.of(java, "-XX:+UseSerialGC"));
        command.addAll(jit);
        command.addAll(RenderTaskClassCache.options(archive));
        command.addAll(List.of("-cp", classpath, "dev.videoagent.render.RenderTaskMain"));
        command.addAll(arguments);
        return List.copyOf(command);
    }

    static Map<String, String> taskEnvironment(AppConfig config, Map<String, String> runtimeEnv,
                                               Optional<LocalCredentials> embeddedS3,
                                               Optional<LocalCredentials> embeddedRedis) {
        Map<String, String> env = new HashMap<>();
        // which backend makes the videos (RENDER_BACKEND=comfyui COMFYUI_URL=... serve), as ECS sets it in AWS
        for (String variable : RenderTaskConfig.BACKEND_VARIABLES) {
            if (runtimeEnv.get(variable) != null) {
                env.put(variable, runtimeEnv.get(variable));
            }
        }
        env.put(EnvVar.AWS_REGION, config.region());
        config.awsEndpointUrl().ifPresent(url -> env.put(EnvVar.AWS_ENDPOINT_URL, url.toString()));
        env.put(EnvVar.REDIS_URL, config.redisUrl().toString());
        env.put(EnvVar.LOG_LEVEL, config.logLevel());
        embeddedS3.ifPresent(credentials -> {
            env.put("AWS_SHARED_CREDENTIALS_FILE", credentials.awsCredentialsFile().toString());
            env.put("AWS_CONFIG_FILE", credentials.awsConfigFile().toString());
        });
        embeddedRedis.ifPresent(credentials ->
                env.put(EnvVar.REDIS_PASSWORD_FILE, credentials.redisPasswordFile().toString()));
        return env;
    }

    static Set<String> withheld(Optional<LocalCredentials> embeddedS3, Optional<LocalCredentials> embeddedRedis) {
        Set<String> withheld = new HashSet<>();
        if (embeddedS3.isPresent()) {
            withheld.addAll(AWS_CREDENTIAL_VARIABLES);
        }
        if (embeddedRedis.isPresent()) {
            withheld.add(EnvVar.REDIS_PASSWORD); // with REDIS_PASSWORD_FILE the task would refuse to start
        }
        return withheld;
    }
}
