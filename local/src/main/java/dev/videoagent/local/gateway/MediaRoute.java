package dev.videoagent.local.gateway;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code /media/<key>}: the rendered videos and posters, with byte ranges. */
final class MediaRoute {

    private static final Pattern MEDIA_KEY = Pattern.compile("videos/[0-9a-z]{26}\\.(webm|jpg)");

    private MediaRoute() {
    }

    /** Videos with byte ranges, so the browser's player can seek and read the WebM index. */
    static void serve(HttpExchange exchange, String key, MediaFiles media) throws IOException {
        String method = exchange.getRequestMethod();
        Optional<MediaFiles.Media> file = MEDIA_KEY.matcher(key).matches() && (method.equals("GET") || method.equals("HEAD"))
                ? media.get(key) : Optional.empty();
        if (file.isEmpty()) {
            GatewayIo.send(exchange, 404, Map.of("Content-Type", "text/plain; charset=utf-8"),
                    ("Not found: " + key + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] bytes = file.get().bytes();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", file.get().contentType());
        headers.put("Accept-Ranges", "bytes");
        headers.put("Cache-Control", "private, max-age=3600");
        headers.put("X-Content-Type-Options", "nosniff");
        Optional<ByteRange> range = ByteRange.parse(exchange.getRequestHeaders().getFirst("Range"), bytes.length);
        if (range.isPresent() && !range.get().satisfiable()) {
            headers.put("Content-Range", "bytes */" + bytes.length);
            GatewayIo.send(exchange, 416, headers, new byte[0]);
            return;
        }
        if (range.isPresent()) {
            ByteRange r = range.get();
            headers.put("Content-Range", "bytes " + r.start() + "-" + r.end() + "/" + bytes.length);
            GatewayIo.send(exchange, 206, headers, Arrays.copyOfRange(bytes, (int) r.start(), (int) r.end() + 1));
            return;
        }
        GatewayIo.send(exchange, 200, headers, bytes);
    }
}
