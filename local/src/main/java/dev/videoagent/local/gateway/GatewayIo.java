package dev.videoagent.local.gateway;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;

/** Reading a request body with a limit and sending a response, for every route of the local gateway. */
final class GatewayIo {

    private GatewayIo() {
    }

    /** The body, or empty when it is longer than {@code limit} bytes. */
    static Optional<byte[]> readBody(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
    }

    static void send(HttpExchange exchange, int status, Map<String, String> headers, byte[] body)
            throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        boolean empty = body.length == 0 || status == 204 || status == 304
                || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
