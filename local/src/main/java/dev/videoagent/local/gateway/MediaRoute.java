package dev.videoagent.local.gateway;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /media/<key>}: the rendered videos and posters, with byte ranges. */
final class MediaRoute {

    private static final Pattern MEDIA_KEY = Pattern.compile("videos/[0-9a-z]{26}\\.(webm|jpg)");
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

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
        String range = exchange.getRequestHeaders().getFirst("Range");
        Matcher m = range == null ? null : RANGE.matcher(range.trim());
        if (m != null && m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
            long start;
            long end;
            if (m.group(1).isEmpty()) {
                start = Math.max(0, bytes.length - number(m.group(2)));
                end = bytes.length - 1;
            } else {
                start = number(m.group(1));
                end = m.group(2).isEmpty() ? bytes.length - 1 : Math.min(number(m.group(2)), bytes.length - 1);
            }
            if (start >= bytes.length || start > end) {
                headers.put("Content-Range", "bytes */" + bytes.length);
                GatewayIo.send(exchange, 416, headers, new byte[0]);
                return;
            }
            headers.put("Content-Range", "bytes " + start + "-" + end + "/" + bytes.length);
            GatewayIo.send(exchange, 206, headers, Arrays.copyOfRange(bytes, (int) start, (int) end + 1));
            return;
        }
        GatewayIo.send(exchange, 200, headers, bytes);
    }

    /** bytes=99999999999999999999-: a position past any file, not a NumberFormatException. */
    private static long number(String digits) {
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }
}
