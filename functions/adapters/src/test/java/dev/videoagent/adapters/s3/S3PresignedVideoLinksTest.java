package dev.videoagent.adapters.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Presigning is local computation: the link names the object and expires after an hour. */
class S3PresignedVideoLinksTest {

    @Test
    void aLinkIsASignedGetOfTheKeyValidForAnHour() {
        try (S3Presigner presigner = S3Presigner.builder().region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
                .build()) {
            URI url = URI.create(new S3PresignedVideoLinks(presigner, "videos-bucket").url("videos/01jjob.webm"));

            assertThat(url.getHost()).isEqualTo("videos-bucket.s3.eu-west-1.amazonaws.com");
            assertThat(url.getPath()).isEqualTo("/videos/01jjob.webm");
            assertThat(url.getQuery()).contains("X-Amz-Expires=3600").contains("X-Amz-Signature=")
                    .contains("X-Amz-Credential=AKIDEXAMPLE");
        }
    }
}
