package dev.videoagent.local.gateway;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.ProxyRequestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.RequestIdentity;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import dev.videoagent.handlers.http.ApiRoute;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the event API Gateway (REST API, Lambda proxy integration, payload format 1.0) would send
 * for an HTTP request, so handlers run locally exactly as they run behind API Gateway.
 */
public final class ApiGatewayEventFactory {

    public static final String STAGE = "local";

    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ApiGatewayEventFactory() {
    }

    /** The parts of an HTTP request the event is made from. */
    public record HttpRequest(String method, String rawPath, String rawQuery,
                              Map<String, List<String>> headers, byte[] body, String sourceIp) {
    }

    /** The event; {@code claims} are the authorizer's (none for a route without one, as health). */
    public static APIGatewayProxyRequestEvent create(HttpRequest http, ApiRoute route,
                                                     Map<String, String> pathParameters, String requestId,
                                                     Instant now, Optional<Map<String, String>> claims) {
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, List<String>> multiHeaders = new LinkedHashMap<>();
        http.headers().forEach((name, values) -> {
            if (name != null && values != null && !values.isEmpty()) {
                headers.put(name, values.get(values.size() - 1));
                multiHeaders.put(name, List.copyOf(values));
            }
        });
        Map<String, List<String>> multiQuery = parseQuery(http.rawQuery());
        Map<String, String> query = new LinkedHashMap<>();
        multiQuery.forEach((name, values) -> query.put(name, values.get(values.size() - 1)));
        Map<String, String> decodedPathParameters = new LinkedHashMap<>();
        pathParameters.forEach((name, value) -> decodedPathParameters.put(name, percentDecode(value)));

        String path = percentDecode(http.rawPath());
        ProxyRequestContext context = new ProxyRequestContext()
                .withRequestId(requestId)
                .withStage(STAGE)
                .withResourcePath(route.resourcePath())
                .withHttpMethod(http.method())
                .withPath("/" + STAGE + path)
                .withProtocol("HTTP/1.1")
                .withAccountId("000000000000")
                .withApiId("local")
                .withIdentity(new RequestIdentity()
                        .withSourceIp(http.sourceIp())
                        .withUserAgent(headers.entrySet().stream()
                                .filter(e -> e.getKey().equalsIgnoreCase("User-Agent"))
                                .map(Map.Entry::getValue).findFirst().orElse(null)));
        // where a Cognito user pool authorizer puts the token's claims (REST API, payload 1.0)
        claims.ifPresent(c -> context.setAuthorizer(Map.of("claims", Map.copyOf(c))));
        context.setRequestTime(REQUEST_TIME.format(now));
        context.setRequestTimeEpoch(now.toEpochMilli());

        boolean text = http.body().length == 0 || utf8(http.body());
        return new APIGatewayProxyRequestEvent()
                .withResource(route.resourcePath())
                .withPath(path)
                .withHttpMethod(http.method())
                .withHeaders(headers)
                .withMultiValueHeaders(multiHeaders)
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withMultiValueQueryStringParameters(multiQuery.isEmpty() ? null : multiQuery)
                .withPathParameters(decodedPathParameters.isEmpty() ? null : decodedPathParameters)
                .withStageVariables(null)
                .withRequestContext(context)
                // as API Gateway does with bytes it cannot pass as text: base64, for the handler to judge
                .withBody(http.body().length == 0 ? null : text ? new String(http.body(), StandardCharsets.UTF_8)
                        : java.util.Base64.getEncoder().encodeToString(http.body()))
                .withIsBase64Encoded(!text);
    }

    private static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decodeQueryPart(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decodeQueryPart(pair.substring(eq + 1));
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static String decodeQueryPart(String part) {
        return percentDecode(part.replace('+', ' '));
    }

    /** Percent-decoding for paths ('+' stays '+'); malformed escapes are kept as typed. */
    static String percentDecode(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
            }
        }
        try { // escapes of bytes that are not UTF-8 would become U+FFFD and two texts one: refused instead
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new NotUtf8Exception();
        }
    }

    /** A percent-escape in the path or query that is not UTF-8. */
    static final class NotUtf8Exception extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotUtf8Exception() {
            super("the path or query is not valid UTF-8");
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
