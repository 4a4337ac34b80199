package dev.videoagent.local.gateway;

import java.util.Optional;

/** Rendered videos and posters the gateway serves under {@code /media/} (from the embedded S3 server). */
@FunctionalInterface
public interface MediaFiles {

    record Media(byte[] bytes, String contentType) {
    }

    Optional<Media> get(String key);
}
