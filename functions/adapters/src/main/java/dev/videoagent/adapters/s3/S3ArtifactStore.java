package dev.videoagent.adapters.s3;

import dev.videoagent.core.error.DependencyUnavailableException;
import dev.videoagent.core.port.ArtifactStore;
import java.nio.file.Path;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Videos and posters in S3 (s3proxy locally), each with its content type. */
public final class S3ArtifactStore implements ArtifactStore {

    private final S3Client s3;

    public S3ArtifactStore(S3Client s3) {
        this.s3 = s3;
    }

    @Override
    public void put(String bucket, String key, Path file, String contentType) {
        try {
            s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromFile(file));
        } catch (SdkException e) {
            throw new DependencyUnavailableException("s3", e);
        }
    }
}
