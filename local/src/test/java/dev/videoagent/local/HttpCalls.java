package dev.videoagent.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Small HTTP helper for tests that talk to a running gateway over a real socket. */
final class HttpCalls {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final String bearer;

    HttpCalls(int port) {
        this(port, null);
    }

    /** Every call with {@code Authorization: Bearer token}, as a signed-in page sends it. */
    HttpCalls(int port, String bearer) {
        this.port = port;
        this.bearer = bearer;
    }

    HttpResponse<String> get(String path) {
        return send(builder(path).GET().build());
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send("POST", path, contentType, body);
    }

    /** A request of any method with a body (POST, PUT). */
    HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = builder(path).method(method, HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    HttpResponse<String> method(String method, String path) {
        return send(builder(path).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    /** The body's bytes (a video, a poster); a path or the absolute URL the API answered. */
    byte[] getBytes(String pathOrUrl) {
        HttpRequest request = (pathOrUrl.startsWith("http") ? HttpRequest.newBuilder(URI.create(pathOrUrl))
                .timeout(Duration.ofSeconds(20)) : builder(pathOrUrl)).GET().build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
        return bearer == null ? builder : builder.header("Authorization", "Bearer " + bearer);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
