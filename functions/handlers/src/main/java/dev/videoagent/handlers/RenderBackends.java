package dev.videoagent.handlers;

import dev.videoagent.adapters.s3.S3PresignedVideoLinks;
import dev.videoagent.adapters.s3.S3RequestSigner;
import dev.videoagent.adapters.sfn.SfnRenderScheduler;
import dev.videoagent.core.config.AppConfig;
import dev.videoagent.core.config.ConfigException;
import dev.videoagent.core.config.EnvVar;
import dev.videoagent.core.port.RenderScheduler;
import dev.videoagent.core.port.VideoLinks;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/** Where renders run and how their files are reached: Step Functions and presigned S3 links in AWS. */
public record RenderBackends(RenderScheduler scheduler, VideoLinks links) {

    /** Makes a runtime's backends, registering what it opens; called only when a wired route renders. */
    @FunctionalInterface
    public interface Factory {
        RenderBackends create(AppConfig config, AwsCredentialsProvider aws, Closeables closeables);
    }

    /** The AWS backends: the state machine named by {@link EnvVar#STATE_MACHINE_ARN}, links presigned for S3. */
    public static RenderBackends stepFunctions(AppConfig config, AwsCredentialsProvider aws, Closeables closeables) {
        String arn = config.stateMachineArn().orElseThrow(() -> new ConfigException(EnvVar.STATE_MACHINE_ARN,
                "is required for the render routes but not set"));
        return new RenderBackends(new SfnRenderScheduler(closeables.add(SfnRenderScheduler.client(config, aws)), arn),
                new S3PresignedVideoLinks(S3RequestSigner.of(config, aws), config.videoBucket()));
    }

    /** A runtime that brings its own backends (the local one). */
    public static Factory given(RenderBackends backends) {
        return (config, aws, closeables) -> backends;
    }
}
