package dev.videoagent.local.gateway;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Reading a request (headers, a body with a limit) and sending a response, for every route of the local gateway. */
final class GatewayIo {

    private GatewayIo() {
    }

    /** The request's headers by name, as API Gateway passes them: the client's spelling, repeated ones together. */
    static Map<String, List<String>> headers(Request request) {
        Map<String, String> spelling = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            String name = spelling.computeIfAbsent(field.getName(), n -> n);
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(field.getValue());
        }
        return headers;
    }

    /**
     * The body, or empty when it is longer than {@code limit} bytes. It is read as it arrives, without a thread
     * waiting on a slow client; a client that goes silent fails it with Jetty's idle timeout.
     */
    static CompletableFuture<Optional<byte[]>> readBody(Request request, int limit) {
        CompletableFuture<Optional<byte[]>> body = new CompletableFuture<>();
        if (request.getLength() > limit) { // a declared length over the limit: refused before a byte is read
            body.complete(Optional.empty());
        } else {
            new BodyReader(request, limit, body).run();
        }
        return body;
    }

    /** Takes the chunks there are and asks to be called again for more (Jetty runs it on a pool thread). */
    private static final class BodyReader implements Runnable {
        private final Request request;
        private final int limit;
        private final CompletableFuture<Optional<byte[]>> body;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        BodyReader(Request request, int limit, CompletableFuture<Optional<byte[]>> body) {
            this.request = request;
            this.limit = limit;
            this.body = body;
        }

        @Override
        public void run() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    body.completeExceptionally(chunk.getFailure());
                    return;
                }
                ByteBuffer buffer = chunk.getByteBuffer();
                boolean last = chunk.isLast();
                if (bytes.size() + (long) buffer.remaining() > limit) {
                    chunk.release();
                    // the rest is left unread: Jetty closes the connection after the 413 rather than read it
                    body.complete(Optional.empty());
                    return;
                }
                byte[] part = new byte[buffer.remaining()];
                buffer.get(part);
                bytes.write(part, 0, part.length);
                chunk.release();
                if (last) {
                    body.complete(Optional.of(bytes.toByteArray()));
                    return;
                }
            }
        }
    }

    /** Sends a whole response; a HEAD gets the headers (with the length the body has) and no body. */
    static void send(Request request, Response response, Callback callback, int status, Map<String, String> headers,
                     byte[] body) {
        response.setStatus(status);
        HttpFields.Mutable fields = response.getHeaders();
        headers.forEach(fields::put);
        if (status == 204 || status == 304) {
            fields.remove(HttpHeader.CONTENT_LENGTH);
            response.write(true, null, callback);
            return;
        }
        fields.put(HttpHeader.CONTENT_LENGTH, body.length);
        boolean head = HttpMethod.HEAD.is(request.getMethod());
        response.write(true, head || body.length == 0 ? null : ByteBuffer.wrap(body), callback);
    }

    /** Whether a raw path or query has a '%' not followed by two hex digits, which no decoder can read. */
    static boolean hasBadEscape(String raw) {
        if (raw == null) {
            return false;
        }
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                    || Character.digit(raw.charAt(i + 2), 16) < 0) {
                return true;
            }
        }
        return false;
    }
}
