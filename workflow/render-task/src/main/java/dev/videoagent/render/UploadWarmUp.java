package dev.videoagent.render;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Uploads a video-sized file a few times through an S3 client made like the job's, to a stand-in for S3 on loopback
 * that reads and drops it: signing, chunked encoding and the HTTP client's write path are then compiled, and the
 * job's upload runs at full speed (cold, 2.8 MB took 0.35-0.4 s against 0.1 s warm). Nothing reaches the real S3.
 */
final class UploadWarmUp {

    private UploadWarmUp() {
    }

    /**
     * Through a client like the job's, made by {@code clientFor} for the stand-in's URL, until {@code stop} says so;
     * returns the uploads received whole.
     */
    static int run(Function<URI, S3Client> clientFor, Path dir, int bytes, int uploads, BooleanSupplier stop)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        int[] received = {0};
        server.createContext("/", exchange -> {
            long length;
            try (var body = exchange.getRequestBody()) {
                length = body.transferTo(OutputStream.nullOutputStream());
            }
            String decoded = exchange.getRequestHeaders().getFirst("x-amz-decoded-content-length");
            synchronized (received) {
                received[0] += length >= (decoded == null ? bytes : Long.parseLong(decoded)) ? 1 : 0;
            }
            exchange.getResponseHeaders().add("ETag", "\"warm-up\"");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        Path file = dir.resolve("upload-warm-up.bin");
        byte[] content = new byte[bytes];
        new SplittableRandom(7).nextBytes(content);
        Files.write(file, content);
        URI standIn = URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
        try (S3Client s3 = clientFor.apply(standIn)) {
            for (int i = 0; i < uploads && !stop.getAsBoolean(); i++) {
                s3.putObject(b -> b.bucket("render-task-warm-up").key("warm-up.webm").contentType("video/webm"),
                        RequestBody.fromFile(file));
            }
        } finally {
            server.stop(0);
            Files.deleteIfExists(file);
        }
        synchronized (received) {
            return received[0];
        }
    }
}
