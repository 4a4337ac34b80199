package dev.videoagent.render;

import dev.videoagent.adapters.aws.AwsClients;
import dev.videoagent.adapters.metrics.EmfMetrics;
import dev.videoagent.adapters.redis.RedisRenderProgress;
import dev.videoagent.adapters.s3.S3ArtifactStore;
import dev.videoagent.core.config.RenderTaskConfig;
import dev.videoagent.core.model.RenderStatus;
import dev.videoagent.core.model.VideoBackend;
import dev.videoagent.core.port.Metrics;
import dev.videoagent.core.port.RenderProgress;
import dev.videoagent.core.port.VideoRendering;
import dev.videoagent.core.usecase.RunRenderJob;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;

/** The render task's objects, built from its configuration; the only place in the task that calls {@code new}. */
final class RenderTaskWiring implements AutoCloseable {

    private final RenderTaskClients clients;
    private final Optional<BedrockRuntimeClient> bedrock;
    private final RunRenderJob runRenderJob;

    /** The job's objects, on {@code clients} (which this closes). */
    RenderTaskWiring(RenderTaskConfig config, PromptVideoRenderer procedural, RenderTaskClients clients) {
        Clock clock = Clock.systemUTC();
        this.clients = clients;
        S3Client s3 = clients.s3();
        this.bedrock = config.backend().kind() != VideoBackend.BEDROCK_LUMA ? Optional.empty()
                : Optional.of(bedrockClient(config));
        RenderProgress progress = clients.redis().<RenderProgress>map(r -> new RedisRenderProgress(r))
                .orElse(NO_PROGRESS);
        VideoRendering renderer = config.injectedFailure().<VideoRendering>map(reason -> (job, video, poster, listener) -> {
            throw new RenderFailedException("injected failure (local --render-failures, " + reason + ")", null);
        }).orElseGet(() -> backend(config, procedural, s3, bedrock));
        Metrics metrics = config.emfMetrics() ? new EmfMetrics(System.err, clock) : Metrics.NONE;
        this.runRenderJob = new RunRenderJob(renderer, new S3ArtifactStore(s3), progress, clock, metrics);
    }

    /** The procedural renderer, or a model backend whose fallback is the procedural renderer. */
    private static VideoRendering backend(RenderTaskConfig config, PromptVideoRenderer drawing, S3Client s3,
                                          Optional<BedrockRuntimeClient> bedrock) {
        VideoRenderer encoder = new VideoRenderer();
        VideoRendering procedural = new JavaCvVideoRendering(drawing);
        RenderTaskConfig.Backend backend = config.backend();
        return switch (backend.kind()) {
            case PROCEDURAL -> procedural;
            case COMFYUI -> new ModelVideoRendering(new ComfyUiVideoModel(backend.comfyUiUrl().orElseThrow(),
                    backend.comfyUiWorkflow(), config.dependencyTimeout(), Duration.ofMinutes(20)), procedural, encoder,
                    backend.negativePrompt(), true);
            // the video goes to our bucket under bedrock/, which the task may read and Bedrock write for it
            case BEDROCK_LUMA -> new ModelVideoRendering(new BedrockLumaVideoModel(bedrock.orElseThrow(), s3,
                    config.job().outputBucket(), backend.bedrockModelId(), Duration.ofSeconds(5), Duration.ofMinutes(20)),
                    procedural, encoder, backend.negativePrompt(), true);
        };
    }

    private static BedrockRuntimeClient bedrockClient(RenderTaskConfig config) {
        BedrockRuntimeClientBuilder builder = AwsClients.configure(BedrockRuntimeClient.builder(), config.region(),
                config.dependencyTimeout(), AwsClients.Calls.CONTROL);
        config.awsEndpointUrl().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    RunRenderJob runRenderJob() {
        return runRenderJob;
    }

    /** Without REDIS_URL the video is still made; nobody is told how far it got. */
    private static final RenderProgress NO_PROGRESS = new RenderProgress() {
        @Override
        public void update(RenderStatus status) {
        }

        @Override
        public Optional<RenderStatus> latest(String jobId) {
            return Optional.empty();
        }
    };

    /** Never throws: the video is stored by now, and a client that closes badly must not fail the task. */
    @Override
    public void close() {
        bedrock.ifPresent(b -> RenderTaskClients.closeQuietly("bedrock", b));
        clients.close();
    }
}
