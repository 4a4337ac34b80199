package dev.videoagent.core.port;

import java.nio.file.Path;

/** Port: where finished videos and posters go (S3). Throws DependencyUnavailableException when it cannot store. */
public interface ArtifactStore {

    void put(String bucket, String key, Path file, String contentType);
}
