package dev.videoagent.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.adapters.s3.S3Clients;
import dev.videoagent.core.model.RenderJob;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.port.VideoModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/**
 * The bedrock-luma backend against a local stub of Bedrock Runtime's async-invoke API and of the S3 object it
 * writes, with a real 3 s MP4 made here: Luma is asked for what it makes (9 s at 720p for a 10 s 1280x720 video),
 * its clip becomes our VP8 WebM of the asked length; a prompt the content filters refuse is a render failure
 * with Bedrock's sentence, so the workflow retries and falls back.
 */
class BedrockLumaVideoModelIT {

    @TempDir
    static Path shared;

    private static Path clip;

    @TempDir
    Path work;

    @BeforeAll
    static void makeClip() throws Exception {
        clip = TestClips.mp4(shared.resolve("luma.mp4"), 3);
    }

    private static BedrockLumaVideoModel model(BedrockStub stub) {
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST",
                "test-secret"));
        BedrockRuntimeClient bedrock = BedrockRuntimeClient.builder().region(Region.US_WEST_2)
                .endpointOverride(stub.url()).credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create()).build();
        return new BedrockLumaVideoModel(bedrock, S3Clients.create("us-west-2", Optional.of(stub.url()),
                Duration.ofSeconds(5), Optional.of(credentials)), "videos", BedrockLumaVideoModel.MODEL_ID,
                Duration.ofMillis(100), Duration.ofSeconds(30));
    }

    @Test
    void lumasClipBecomesOurWebmOfTheAskedLength() throws Exception {
        try (BedrockStub stub = new BedrockStub(clip, BedrockStub.Outcome.COMPLETE)) {
            RenderJob job = new RenderJob("job-b", "a paper boat drifting down a rainy street", Optional.empty(),
                    new RenderSettings(10, 1280, 720, 24), "videos", "videos/job-b.webm", 1, RenderJob.Mode.RENDER);
            Path video = work.resolve("b.webm");

            new ModelVideoRendering(model(stub), null, new VideoRenderer(), Optional.empty(), true)
                    .render(job, video, work.resolve("b.jpg"), (done, total) -> { });

            assertThat(stub.started).hasSize(1);
            assertThat(stub.started.get(0)).contains("\"modelId\":\"luma.ray-v2:0\"", "\"duration\":\"9s\"",
                    "\"resolution\":\"720p\"", "\"aspect_ratio\":\"16:9\"", "a paper boat drifting down a rainy street",
                    "s3://videos/bedrock/job-b/");
            try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
                grabber.start();
                assertThat(grabber.getVideoCodecName()).isEqualTo("vp8");
                assertThat(grabber.getImageWidth()).isEqualTo(1280);
                assertThat(grabber.getLengthInTime() / 1e6).as("a 3 s clip fills 10 s").isBetween(9.8, 10.2);
            }
        }
    }

    @Test
    void aPromptTheContentFiltersRefuseIsARenderFailureWithBedrocksSentence() throws Exception {
        try (BedrockStub stub = new BedrockStub(clip, BedrockStub.Outcome.REFUSE)) {
            assertThatThrownBy(() -> model(stub).generate(new VideoModel.ClipRequest("job-b", "something refused",
                    Optional.empty(), new RenderSettings(5, 640, 360, 24), 1L), work, p -> { }))
                    .isInstanceOf(RenderFailedException.class).hasMessageContaining("blocked by the content filters");
        }
    }

    @Test
    void lumaIsAskedForWhatItMakes() {
        assertThat(BedrockLumaVideoModel.aspect(1280, 720)).isEqualTo("16:9");
        assertThat(BedrockLumaVideoModel.aspect(1080, 1080)).isEqualTo("1:1");
        assertThat(BedrockLumaVideoModel.aspect(720, 1280)).isEqualTo("9:16");
        assertThat(BedrockLumaVideoModel.input(new VideoModel.ClipRequest("j", "p", Optional.empty(),
                new RenderSettings(5, 640, 360, 24), 1L)).toString()).contains("5s", "540p");
    }
}
