package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.adapters.s3.S3Clients;
import dev.videoagent.adapters.s3.S3HealthProbe;
import dev.videoagent.adapters.s3.S3PresignedVideoLinks;
import dev.videoagent.adapters.s3.S3RequestSigner;
import dev.videoagent.local.embedded.EmbeddedS3Server;
import dev.videoagent.local.embedded.LocalCredentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 calls the functions sign themselves (presigned links, the health check's HEAD), against the embedded
 * S3, which checks SigV4 signatures: what it accepts and refuses is what S3 would.
 */
class SignedS3CallsIT {

    private static final String REGION = "us-east-1";
    private static final String BUCKET = "signed-calls";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path data;

    private EmbeddedS3Server server;
    private LocalCredentials credentials;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        credentials = LocalCredentials.createIn(data.resolve("credentials"));
        server = EmbeddedS3Server.start(data.resolve("s3"), LocalOptions.LOOPBACK, credentials);
        try (S3Client s3 = client()) {
            s3.createBucket(b -> b.bucket(BUCKET));
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private S3Client client() {
        return S3Clients.create(REGION, Optional.of(server.endpoint()), TIMEOUT,
                Optional.of(credentials.s3CredentialsProvider()));
    }

    private S3RequestSigner signer(AwsCredentialsProvider keys, Clock clock) {
        return new S3RequestSigner(REGION, Optional.of(server.endpoint()), keys, clock);
    }

    private byte[] put(String key) {
        byte[] bytes = new byte[64 * 1024];
        new Random(key.hashCode()).nextBytes(bytes);
        try (S3Client s3 = client()) {
            s3.putObject(b -> b.bucket(BUCKET).key(key).contentType("video/webm"), RequestBody.fromBytes(bytes));
        }
        return bytes;
    }

    private HttpResponse<byte[]> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aPresignedLinkServesTheObjectToAPlainGet() throws Exception {
        S3PresignedVideoLinks links = new S3PresignedVideoLinks(
                signer(credentials.s3CredentialsProvider(), Clock.systemUTC()), BUCKET);
        for (String key : new String[] {"videos/01jsigned000000000000000.webm", "posters/a b+ü~(1).jpg"}) {
            byte[] bytes = put(key);

            HttpResponse<byte[]> response = get(links.url(key));

            assertThat(response.statusCode()).as(key).isEqualTo(200);
            assertThat(response.body()).as(key).isEqualTo(bytes);
        }
    }

    @Test
    void anExpiredOrTamperedLinkIs403() throws Exception {
        String key = "videos/01jtampered0000000000000.webm";
        put(key);
        Clock twoHoursAgo = Clock.offset(Clock.systemUTC(), Duration.ofHours(-2));
        String expired = new S3PresignedVideoLinks(signer(credentials.s3CredentialsProvider(), twoHoursAgo), BUCKET)
                .url(key);
        String fresh = new S3PresignedVideoLinks(signer(credentials.s3CredentialsProvider(), Clock.systemUTC()), BUCKET)
                .url(key);
        assertThat(get(fresh).statusCode()).isEqualTo(200);

        assertThat(get(expired).statusCode()).as("expired").isEqualTo(403);
        assertThat(get(fresh.replace("X-Amz-Expires=3600", "X-Amz-Expires=7200")).statusCode()).as("longer")
                .isEqualTo(403);
        String signature = fresh.substring(fresh.indexOf("X-Amz-Signature=") + "X-Amz-Signature=".length());
        String flipped = (signature.charAt(0) == 'a' ? "b" : "a") + signature.substring(1);
        assertThat(get(fresh.replace(signature, flipped)).statusCode()).as("signature").isEqualTo(403);
        put("videos/other.webm");
        assertThat(get(fresh.replace(key, "videos/other.webm")).statusCode()).as("other key").isEqualTo(403);
    }

    @Test
    void theHealthProbeIsUpWithTheKeysAndThrowsTheStatusWithoutThem() {
        try (S3HealthProbe up = new S3HealthProbe(signer(credentials.s3CredentialsProvider(), Clock.systemUTC()),
                BUCKET, TIMEOUT)) {
            up.check();
            up.check(); // the connection handed back is reused
        }
        String wrongSecret = credentials.secretAccessKey() + "x";
        AwsCredentialsProvider wrong = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(credentials.accessKeyId(), wrongSecret));
        try (S3HealthProbe down = new S3HealthProbe(signer(wrong, Clock.systemUTC()), BUCKET, TIMEOUT)) {
            assertThatThrownBy(down::check).hasMessageContaining("403")
                    .hasMessageNotContaining(wrongSecret).hasMessageNotContaining(credentials.accessKeyId());
        }
        try (S3HealthProbe missing = new S3HealthProbe(signer(credentials.s3CredentialsProvider(), Clock.systemUTC()),
                "no-such-bucket", TIMEOUT)) {
            assertThatThrownBy(missing::check).hasMessageContaining("404");
        }
    }
}
