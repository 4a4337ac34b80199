package dev.videoagent.adapters.s3;

import dev.videoagent.core.port.HealthProbe;
import software.amazon.awssdk.services.s3.S3Client;

public final class S3HealthProbe implements HealthProbe {

    private final S3Client s3;
    private final String bucket;

    public S3HealthProbe(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public String dependency() {
        return "s3";
    }

    @Override
    public void check() {
        s3.headBucket(b -> b.bucket(bucket));
    }
}
