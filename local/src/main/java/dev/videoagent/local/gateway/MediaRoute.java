package dev.videoagent.local.gateway;

import dev.videoagent.core.usecase.RunRenderJob;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /media/<key>}: the rendered videos and posters, with byte ranges. */
final class MediaRoute {

    private static final Logger LOG = LoggerFactory.getLogger(MediaRoute.class);

    private static final Pattern MEDIA_KEY = Pattern.compile("videos/[0-9a-z]{26}\\.(webm|jpg)");

    /** What the render task stores under each extension; anything else under a media key is not ours to serve. */
    private static final Map<String, String> TYPES = Map.of("webm", RunRenderJob.VIDEO_TYPE, "jpg", RunRenderJob.POSTER_TYPE);

    private final MediaFiles media;
    private final GatewayErrors errors;

    MediaRoute(MediaFiles media, GatewayErrors errors) {
        this.media = media;
        this.errors = errors;
    }

    /** Videos with byte ranges, so the browser's player can seek and read the WebM index. */
    void serve(Request request, Response response, Callback callback, String key, String requestId) {
        String method = request.getMethod();
        Matcher name = MEDIA_KEY.matcher(key);
        boolean readable = HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method);
        Optional<MediaFiles.Media> file = name.matches() && readable ? media.get(key) : Optional.empty();
        String type = name.matches() ? TYPES.get(name.group(1)) : null;
        if (file.isPresent() && !type.equals(mediaType(file.get().contentType()))) {
            // a local process put something else there (text/html, say): never served from the page's origin
            LOG.warn("gateway: /media/{} is stored as {}, not {}: not served", key, file.get().contentType(), type);
            file = Optional.empty();
        }
        if (file.isEmpty()) {
            errors.send(request, response, callback, 404, "not_found", "No such video or poster.", requestId, Map.of());
            return;
        }
        byte[] bytes = file.get().bytes();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", type);
        headers.put("Accept-Ranges", "bytes");
        headers.put("Cache-Control", "private, max-age=3600");
        headers.put("X-Content-Type-Options", "nosniff");
        Optional<ByteRange> range = ByteRange.parse(request.getHeaders().get(HttpHeader.RANGE), bytes.length);
        if (range.isPresent() && !range.get().satisfiable()) {
            errors.send(request, response, callback, 416, requestId, Map.of("Accept-Ranges", "bytes",
                    "Content-Range", "bytes */" + bytes.length));
            return;
        }
        if (range.isPresent()) {
            ByteRange r = range.get();
            headers.put("Content-Range", "bytes " + r.start() + "-" + r.end() + "/" + bytes.length);
            GatewayIo.send(request, response, callback, 206, headers,
                    Arrays.copyOfRange(bytes, (int) r.start(), (int) r.end() + 1));
            return;
        }
        GatewayIo.send(request, response, callback, 200, headers, bytes);
    }

    /** "Video/WebM; codecs=vp8" -> "video/webm": S3 keeps the type as it was written. */
    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
