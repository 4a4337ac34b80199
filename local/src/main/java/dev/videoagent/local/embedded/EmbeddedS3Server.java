package dev.videoagent.local.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An S3 API server in this process (s3proxy) whose buckets are directories on disk. It checks AWS
 * signatures (V2 or V4) against the access key of this start: a loopback port is open to every local
 * process, and without a key none of them can read or replace a stored video.
 */
public final class EmbeddedS3Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedS3Server.class);

    private final S3Proxy proxy;
    private final String host;

    private EmbeddedS3Server(S3Proxy proxy, String host) {
        this.proxy = proxy;
        this.host = host;
    }

    public static EmbeddedS3Server start(Path directory, String host, LocalCredentials credentials) {
        try {
            Files.createDirectories(directory);
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(new FilesystemNio2BlobStore(directory.toAbsolutePath().toString()))
                    .endpoint(URI.create("http://" + host + ":0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, credentials.accessKeyId(),
                            credentials.secretAccessKey())
                    .ignoreUnknownHeaders(true)
                    .jettyMaxThreads(32)
                    .stopTimeout(0) // idle keep-alive connections from the SDK must not delay shutdown
                    .build();
            proxy.start();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!"STARTED".equals(proxy.getState()) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            LOG.info("s3: embedded server on {}:{} (data in {})", host, proxy.getPort(), directory);
            return new EmbeddedS3Server(proxy, host);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded S3 server in " + directory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the embedded S3 server", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the embedded S3 server: " + e.getMessage(), e);
        }
    }

    public URI endpoint() {
        return URI.create("http://" + host + ":" + proxy.getPort());
    }

    @Override
    public void close() {
        try {
            proxy.stop();
            LOG.info("s3: embedded server stopped");
        } catch (Exception e) {
            LOG.warn("s3: embedded server did not stop cleanly: {}", e.toString());
        }
    }
}
