package dev.videoagent.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CorsRule;
import software.amazon.awscdk.services.s3.HttpMethods;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.assets.AssetOptions;
import software.amazon.awscdk.services.s3.deployment.BucketDeployment;
import software.amazon.awscdk.services.s3.deployment.Source;
import software.constructs.Construct;

/**
 * What the browser loads: the page (a private bucket behind CloudFront) and the rendered videos (a
 * private bucket, TLS only, expiring, readable cross-origin by the page), with one access-log bucket
 * for both. Resources sit at the stack's level (see {@link Network}).
 */
public final class Media extends Construct {

    private final Bucket pageBucket;
    private final Distribution distribution;
    private final Bucket videos;

    public Media(Construct scope, String id) {
        super(scope, id);
        Stack stack = Stack.of(this);
        Bucket accessLogs = Bucket.Builder.create(stack, "AccessLogs").blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true).encryption(BucketEncryption.S3_MANAGED)
                .lifecycleRules(List.of(LifecycleRule.builder().expiration(Duration.days(90)).build())).build();
        pageBucket = Bucket.Builder.create(stack, "Page").blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true).encryption(BucketEncryption.S3_MANAGED).serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix("page/").build();
        distribution = Distribution.Builder.create(stack, "PageDistribution")
                .defaultRootObject("index.html")
                .defaultBehavior(BehaviorOptions.builder().origin(S3BucketOrigin.withOriginAccessControl(pageBucket))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS).build())
                .enableLogging(true).logBucket(accessLogs).logFilePrefix("cloudfront/").build();
        videos = Bucket.Builder.create(stack, "Videos").blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true).encryption(BucketEncryption.S3_MANAGED).serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix("videos/")
                .lifecycleRules(List.of(LifecycleRule.builder().prefix("videos/").expiration(Duration.days(30)).build()))
                // the page's player asks for ranges of the video from its own origin
                .cors(List.of(CorsRule.builder().allowedMethods(List.of(HttpMethods.GET, HttpMethods.HEAD))
                        .allowedOrigins(List.of(pageOrigin())).allowedHeaders(List.of("Range")).maxAge(3600).build()))
                .build();
    }

    /** The page's origin, the one origin the API and the video bucket allow. */
    public String pageOrigin() {
        return "https://" + distribution.getDistributionDomainName();
    }

    /** The rendered videos and posters, under {@code videos/}. */
    public Bucket videos() {
        return videos;
    }

    /**
     * Uploads the page's static files plus a config.js pointing at the API and the auth-config.json naming where
     * people sign in, and invalidates the
     * distribution. Called once the API exists, whose URL the page needs.
     */
    public void deployPage(Path webRoot, String apiUrl, Map<String, Object> authConfig) {
        BucketDeployment.Builder.create(Stack.of(this), "PageFiles").destinationBucket(pageBucket)
                .sources(List.of(Source.asset(webRoot.toString(),
                                AssetOptions.builder().exclude(List.of("config.js", "auth-config.json")).build()),
                        // where the page signs in: the user pool's managed login and the page's client
                        Source.jsonData("auth-config.json", authConfig),
                        Source.data("config.js", "window.VIDEO_AGENT_CONFIG = { apiBaseUrl: \""
                                + apiUrl.replaceAll("/$", "") + "\" };\n")))
                .distribution(distribution).distributionPaths(List.of("/*")).build();
    }
}
