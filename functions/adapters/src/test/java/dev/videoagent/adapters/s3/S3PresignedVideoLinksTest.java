package dev.videoagent.adapters.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Presigning is local computation: the link names the object and expires after an hour. */
class S3PresignedVideoLinksTest {

    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private static final AwsCredentialsProvider KEYS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", SECRET));

    private static URI link(Optional<URI> endpoint, AwsCredentialsProvider credentials, String key) {
        S3RequestSigner signer = new S3RequestSigner("eu-west-1", endpoint, credentials, CLOCK);
        return URI.create(new S3PresignedVideoLinks(signer, "videos-bucket").url(key));
    }

    @Test
    void inAwsALinkIsAVirtualHostedSignedGetOfTheKeyValidForAnHour() {
        URI url = link(Optional.empty(), KEYS, "videos/01jjob.webm");

        assertThat(url.getScheme()).isEqualTo("https");
        assertThat(url.getHost()).isEqualTo("videos-bucket.s3.eu-west-1.amazonaws.com");
        assertThat(url.getPort()).isEqualTo(-1);
        assertThat(url.getPath()).isEqualTo("/videos/01jjob.webm");
        assertThat(url.getRawQuery()).contains("X-Amz-Expires=3600")
                .contains("X-Amz-Algorithm=AWS4-HMAC-SHA256")
                .contains("X-Amz-Date=20261201T100000Z")
                .contains("X-Amz-Credential=AKIDEXAMPLE%2F20261201%2Feu-west-1%2Fs3%2Faws4_request")
                .contains("X-Amz-SignedHeaders=host")
                .containsPattern("X-Amz-Signature=[0-9a-f]{64}")
                .doesNotContain("X-Amz-Security-Token");
        assertThat(url.toString()).doesNotContain(SECRET).doesNotContain("wJalrXUtnFEMI");
    }

    @Test
    void onAnEndpointOverrideTheLinkIsPathStyle() {
        URI url = link(Optional.of(URI.create("http://127.0.0.1:9000/")), KEYS, "videos/01jjob.webm");

        assertThat(url.getScheme()).isEqualTo("http");
        assertThat(url.getHost()).isEqualTo("127.0.0.1");
        assertThat(url.getPort()).isEqualTo(9000);
        assertThat(url.getPath()).isEqualTo("/videos-bucket/videos/01jjob.webm");
        assertThat(url.getRawQuery()).contains("X-Amz-Expires=3600").contains("X-Amz-Algorithm=AWS4-HMAC-SHA256")
                .contains("X-Amz-Credential=AKIDEXAMPLE%2F20261201%2Feu-west-1%2Fs3%2Faws4_request");
        assertThat(url.toString()).doesNotContain(SECRET);
    }

    @Test
    void roleCredentialsPutTheirSessionTokenInTheLink() {
        AwsCredentialsProvider role = StaticCredentialsProvider.create(
                AwsSessionCredentials.create("ASIAEXAMPLE", SECRET, "token/with+chars="));

        URI url = link(Optional.empty(), role, "videos/01jjob.webm");

        assertThat(url.getRawQuery()).contains("X-Amz-Security-Token=token%2Fwith%2Bchars%3D")
                .contains("X-Amz-Credential=ASIAEXAMPLE%2F");
        assertThat(url.toString()).doesNotContain(SECRET);
    }

    @Test
    void keysAreEncodedOnceKeepingTheirSlashes() {
        URI url = link(Optional.empty(), KEYS, "posters/a b+ü~.jpg");

        assertThat(url.getRawPath()).isEqualTo("/posters/a%20b%2B%C3%BC~.jpg");
    }

    @Test
    void credentialsAreResolvedForEachLink() {
        int[] resolved = {0};
        AwsCredentialsProvider counting = () -> {
            resolved[0]++;
            return KEYS.resolveCredentials();
        };

        link(Optional.empty(), counting, "a");
        link(Optional.empty(), counting, "b");

        assertThat(resolved[0]).isEqualTo(2);
    }
}
