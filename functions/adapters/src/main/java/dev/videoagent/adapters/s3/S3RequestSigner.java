package dev.videoagent.adapters.s3;

import dev.videoagent.core.config.AppConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.AuthLocation;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * SigV4 for the two S3 calls the functions make (a presigned GET, a HEAD of the bucket) with the SDK's own
 * signer instead of the S3 client, whose 4 MB the deployment packages then leave out. S3's signing rules:
 * unsigned payload, keys encoded once and never normalized. Credentials are resolved per call, since a
 * Lambda role's rotate.
 */
public final class S3RequestSigner {

    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    private final String region;
    private final Optional<URI> endpoint;
    private final AwsCredentialsProvider credentials;
    private final Clock clock;

    public S3RequestSigner(String region, Optional<URI> endpoint, AwsCredentialsProvider credentials, Clock clock) {
        this.region = region;
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.clock = clock;
    }

    /** The region and endpoint (path style) of the config; virtual-hosted in AWS. */
    public static S3RequestSigner of(AppConfig config, AwsCredentialsProvider credentials) {
        return new S3RequestSigner(config.region(), config.awsEndpointUrl(), credentials, Clock.systemUTC());
    }

    /** A GET of the object anyone holding the URL may make until it expires. */
    public URI presignGet(String bucket, String key, Duration validFor) {
        SdkHttpRequest signed = sign(request(SdkHttpMethod.GET, bucket, key), AuthLocation.QUERY_STRING,
                Optional.of(validFor));
        return signed.getUri();
    }

    /** The request signed in its Authorization header. */
    public SdkHttpRequest signHeaders(SdkHttpMethod method, String bucket, String key) {
        return sign(request(method, bucket, key), AuthLocation.HEADER, Optional.empty());
    }

    /** Path style on an endpoint override (s3proxy, LocalStack), virtual-hosted on AWS's own. */
    SdkHttpRequest request(SdkHttpMethod method, String bucket, String key) {
        String encodedKey = SdkHttpUtils.urlEncodeIgnoreSlashes(key);
        URI uri = endpoint.map(url -> URI.create(stripSlash(url.toString()) + "/" + bucket
                        + (key.isEmpty() ? "" : "/" + encodedKey)))
                .orElseGet(() -> URI.create("https://" + bucket + ".s3." + region + ".amazonaws.com/" + encodedKey));
        // the URI keeps the key as encoded above: the signer must see S3's encoding, not a re-encoded one
        return SdkHttpRequest.builder().method(method).protocol(uri.getScheme()).host(uri.getHost())
                .port(uri.getPort() == -1 ? null : uri.getPort()).encodedPath(uri.getRawPath()).build();
    }

    private SdkHttpRequest sign(SdkHttpRequest request, AuthLocation location, Optional<Duration> expiry) {
        SignRequest.Builder<AwsCredentialsIdentity> sign =
                SignRequest.<AwsCredentialsIdentity>builder(credentials.resolveCredentials())
                        .request(request)
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
                        .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                        .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false)
                        .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false)
                        .putProperty(AwsV4FamilyHttpSigner.AUTH_LOCATION, location)
                        .putProperty(HttpSigner.SIGNING_CLOCK, clock);
        expiry.ifPresent(duration -> sign.putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, duration));
        return SIGNER.sign(sign.build()).request();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
