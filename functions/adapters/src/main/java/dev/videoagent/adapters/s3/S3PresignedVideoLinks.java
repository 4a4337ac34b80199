package dev.videoagent.adapters.s3;

import dev.videoagent.core.port.VideoLinks;
import java.time.Duration;

/** Browser links to private videos and posters: presigned GETs that expire. */
public final class S3PresignedVideoLinks implements VideoLinks {

    static final Duration VALID_FOR = Duration.ofHours(1);

    private final S3RequestSigner signer;
    private final String bucket;

    public S3PresignedVideoLinks(S3RequestSigner signer, String bucket) {
        this.signer = signer;
        this.bucket = bucket;
    }

    @Override
    public String url(String key) {
        return signer.presignGet(bucket, key, VALID_FOR).toString();
    }
}
