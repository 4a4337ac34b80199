package dev.videoagent.adapters.s3;

import dev.videoagent.core.port.VideoLinks;
import java.time.Duration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Browser links to private videos and posters: presigned GETs that expire. */
public final class S3PresignedVideoLinks implements VideoLinks {

    static final Duration VALID_FOR = Duration.ofHours(1);

    private final S3Presigner presigner;
    private final String bucket;

    public S3PresignedVideoLinks(S3Presigner presigner, String bucket) {
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public String url(String key) {
        return presigner.presignGetObject(b -> b.signatureDuration(VALID_FOR)
                .getObjectRequest(g -> g.bucket(bucket).key(key))).url().toString();
    }
}
