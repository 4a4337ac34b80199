package dev.videoagent.render;

import dev.videoagent.core.port.VideoModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.AsyncInvokeStatus;
import software.amazon.awssdk.services.bedrockruntime.model.GetAsyncInvokeResponse;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Amazon Bedrock's Luma Ray2 as a video model: {@code StartAsyncInvoke} with the output going to our bucket,
 * {@code GetAsyncInvoke} every few seconds until it is completed or failed (a refused prompt is a failure, with
 * Bedrock's message), then the MP4 fetched from the bucket. Luma makes 5 s or 9 s at 540p or 720p: the longer
 * one when more than 5 s are asked; the clip then plays again to the asked length ({@link ClipFrames}). Bedrock
 * has no call to stop an async invocation: a cancelled render stops following it.
 */
public final class BedrockLumaVideoModel implements VideoModel {

    private static final Logger LOG = LoggerFactory.getLogger(BedrockLumaVideoModel.class);
    public static final String MODEL_ID = "luma.ray-v2:0";
    /** Luma's prompt limit. */
    private static final int MAX_PROMPT_CHARS = 5000;

    private final BedrockRuntimeClient bedrock;
    private final S3Client s3;
    private final String bucket;
    private final String modelId;
    private final Duration poll;
    private final Duration timeout;
    private final Map<String, Boolean> cancelled = new ConcurrentHashMap<>();

    public BedrockLumaVideoModel(BedrockRuntimeClient bedrock, S3Client s3, String bucket, String modelId, Duration poll,
                                 Duration timeout) {
        this.bedrock = bedrock;
        this.s3 = s3;
        this.bucket = bucket;
        this.modelId = modelId;
        this.poll = poll;
        this.timeout = timeout;
    }

    /** Luma's input for a request: the prompt, the nearest aspect ratio it takes, 5 s or 9 s, 540p or 720p. */
    static Document input(ClipRequest request) {
        String prompt = request.prompt().length() > MAX_PROMPT_CHARS ? request.prompt().substring(0, MAX_PROMPT_CHARS)
                : request.prompt();
        return Document.mapBuilder().putString("prompt", prompt)
                .putString("aspect_ratio", aspect(request.settings().width(), request.settings().height()))
                .putBoolean("loop", false)
                .putString("duration", request.settings().durationSeconds() > 5 ? "9s" : "5s")
                .putString("resolution", request.settings().height() > 540 ? "720p" : "540p").build();
    }

    static String aspect(int width, int height) {
        String best = "16:9";
        double ratio = width / (double) height;
        double distance = Double.MAX_VALUE;
        for (String candidate : new String[] {"1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"}) {
            String[] p = candidate.split(":");
            double d = Math.abs(Math.log(ratio / (Double.parseDouble(p[0]) / Double.parseDouble(p[1]))));
            if (d < distance) {
                distance = d;
                best = candidate;
            }
        }
        return best;
    }

    @Override
    public Path generate(ClipRequest request, Path work, DoubleConsumer progress) {
        String prefix = "bedrock/" + request.jobId() + "/";
        String arn;
        try {
            arn = bedrock.startAsyncInvoke(b -> b.modelId(modelId).modelInput(input(request))
                    // a retry of the job is a new invocation, not the failed one again
                    .clientRequestToken(request.jobId() + "-" + UUID.randomUUID())
                    .outputDataConfig(o -> o.s3OutputDataConfig(s -> s.s3Uri("s3://" + bucket + "/" + prefix))))
                    .invocationArn();
        } catch (SdkException e) {
            throw new RenderFailedException("Bedrock did not start the video: " + e.getMessage(), e);
        }
        LOG.info("bedrock: job {} started {} ({})", request.jobId(), arn, modelId);
        Instant deadline = Instant.now().plus(timeout);
        try {
            progress.accept(0.05);
            while (Instant.now().isBefore(deadline)) {
                if (cancelled.containsKey(request.jobId())) {
                    throw new RenderFailedException("the render was cancelled while Bedrock made the video", null);
                }
                GetAsyncInvokeResponse now = bedrock.getAsyncInvoke(b -> b.invocationArn(arn));
                if (now.status() == AsyncInvokeStatus.COMPLETED) {
                    return fetch(prefix + arn.substring(arn.lastIndexOf('/') + 1) + "/output.mp4", work);
                }
                if (now.status() == AsyncInvokeStatus.FAILED) {
                    // a prompt the content filters refused ends here too, with Bedrock's sentence
                    throw new RenderFailedException("Bedrock: " + now.failureMessage(), null);
                }
                progress.accept(0.3);
                Thread.sleep(poll.toMillis());
            }
            throw new RenderFailedException("Bedrock did not finish within " + timeout.toSeconds() + " s", null);
        } catch (SdkException e) {
            throw new RenderFailedException("cannot follow the Bedrock video: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderFailedException("interrupted while waiting for Bedrock", e);
        } finally {
            cancelled.remove(request.jobId());
        }
    }

    private Path fetch(String key, Path work) {
        Path target = work.resolve("clip-bedrock.mp4");
        try {
            Files.deleteIfExists(target);
            s3.getObject(b -> b.bucket(bucket).key(key), target);
            return target;
        } catch (SdkException | java.io.IOException e) {
            throw new RenderFailedException("cannot fetch Bedrock's video s3://" + bucket + "/" + key + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void cancel(String jobId) {
        cancelled.put(jobId, Boolean.TRUE);
    }
}
