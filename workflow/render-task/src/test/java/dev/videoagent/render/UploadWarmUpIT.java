package dev.videoagent.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import dev.videoagent.adapters.s3.S3Clients;

class UploadWarmUpIT {

    @TempDir
    Path dir;

    @Test
    void everyUploadReachesTheLoopbackStandInWholeAndNothingIsLeftBehind() throws Exception {
        int received = UploadWarmUp.run(standIn -> S3Clients.create("eu-west-1", Optional.of(standIn),
                Duration.ofSeconds(5), Optional.of(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("warm-up", "warm-up-secret")))), dir, 3 << 20, 3, () -> false);

        assertThat(received).isEqualTo(3);
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void itStopsWhenTold() throws Exception {
        int[] asked = {0};
        int received = UploadWarmUp.run(standIn -> S3Clients.create("eu-west-1", Optional.of(standIn),
                Duration.ofSeconds(5), Optional.of(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("warm-up", "warm-up-secret")))), dir, 1 << 20, 3, () -> ++asked[0] > 1);

        assertThat(received).as("one upload, then the job came").isEqualTo(1);
    }
}
