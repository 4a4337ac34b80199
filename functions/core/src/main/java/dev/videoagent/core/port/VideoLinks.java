package dev.videoagent.core.port;

/** Port: how a browser reaches a stored video or poster (presigned S3 URLs in AWS, the gateway locally). */
public interface VideoLinks {

    String url(String key);
}
