package dev.videoagent.handlers.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.ProxyRequestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import dev.videoagent.core.error.ValidationException;
import dev.videoagent.core.model.UserId;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Read-only view of an API Gateway REST proxy event (payload 1.0) with the checks every handler shares. */
public final class ApiRequest {

    /** Largest accepted request body, in bytes of UTF-8. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private final APIGatewayProxyRequestEvent event;
    private final String requestId;

    public ApiRequest(APIGatewayProxyRequestEvent event) {
        this.event = event == null ? new APIGatewayProxyRequestEvent() : event;
        String id = this.event.getRequestContext() == null ? null : this.event.getRequestContext().getRequestId();
        this.requestId = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
    }

    public String requestId() {
        return requestId;
    }

    /**
     * The signed-in caller: the {@code sub} claim that API Gateway's Cognito authorizer (or the local gateway,
     * which verifies tokens the same way) put into the event, never anything the client sent itself. Without
     * one the route answers 401. Handlers ask first, as API Gateway checks the token before anything else.
     */
    public UserId caller() {
        ProxyRequestContext context = event.getRequestContext();
        Object claims = context == null || context.getAuthorizer() == null ? null : context.getAuthorizer().get("claims");
        if (claims instanceof Map<?, ?> map && map.get("sub") instanceof String sub) {
            try {
                return new UserId(sub);
            } catch (ValidationException e) {
                // an identity this service cannot store is no identity
            }
        }
        throw new ApiException(401, "unauthorized", "Sign in to use this: the request carries no signed-in user.",
                Map.of("WWW-Authenticate", "Bearer"));
    }

    public String method() {
        return event.getHttpMethod() == null ? "" : event.getHttpMethod().toUpperCase(Locale.ROOT);
    }

    public String path() {
        return event.getPath() == null ? "/" : event.getPath();
    }

    /** Header value, looked up case-insensitively as HTTP requires. */
    public Optional<String> header(String name) {
        if (event.getHeaders() != null) {
            for (Map.Entry<String, String> entry : event.getHeaders().entrySet()) {
                if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && entry.getValue() != null) {
                    return Optional.of(entry.getValue());
                }
            }
        }
        if (event.getMultiValueHeaders() != null) {
            for (Map.Entry<String, List<String>> entry : event.getMultiValueHeaders().entrySet()) {
                if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)
                        && entry.getValue() != null && !entry.getValue().isEmpty()) {
                    return Optional.ofNullable(entry.getValue().get(0));
                }
            }
        }
        return Optional.empty();
    }

    public Optional<String> queryParameter(String name) {
        Map<String, String> query = event.getQueryStringParameters();
        return query == null ? Optional.empty() : Optional.ofNullable(query.get(name))
                .map(value -> JsonText.parameter(value, name));
    }

    /** A whole-number query parameter; anything else is a 400 naming the parameter. */
    public Optional<Integer> intQueryParameter(String name) {
        return queryParameter(name).map(text -> {
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("Parameter '" + name + "' must be a whole number.");
            }
        });
    }

    public Optional<String> pathParameter(String name) {
        Map<String, String> params = event.getPathParameters();
        return params == null ? Optional.empty() : Optional.ofNullable(params.get(name))
                .map(value -> JsonText.parameter(value, name));
    }

    /**
     * The body parsed as JSON into {@code type}, after the shared checks: JSON content type (415),
     * size limit (413), non-empty and well-formed (400).
     */
    public <T> T jsonBody(Class<T> type) {
        requireJsonContentType();
        String body = body();
        if (body.isBlank()) {
            throw ApiException.badRequest("Request body is empty; expected a JSON object.");
        }
        return JsonCodec.read(body, type);
    }

    private String body() {
        String raw = event.getBody() == null ? "" : event.getBody();
        byte[] bytes;
        if (Boolean.TRUE.equals(event.getIsBase64Encoded())) {
            try {
                bytes = Base64.getDecoder().decode(raw);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("Request body is not valid base64.");
            }
        } else {
            bytes = raw.getBytes(StandardCharsets.UTF_8);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ApiException(413, "payload_too_large",
                    "Request body is " + bytes.length + " bytes; the limit is " + MAX_BODY_BYTES + " bytes.");
        }
        if (!Boolean.TRUE.equals(event.getIsBase64Encoded())) {
            return raw;
        }
        try { // bytes that are not UTF-8 are refused, never silently replaced (two texts would become one)
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("Request body is not valid UTF-8.");
        }
    }

    private void requireJsonContentType() {
        String contentType = header("Content-Type").orElse("").trim();
        String[] parts = contentType.split(";");
        String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
        boolean json = mediaType.equals("application/json")
                || mediaType.startsWith("application/") && mediaType.endsWith("+json");
        if (!json) {
            throw new ApiException(415, "unsupported_media_type", contentType.isEmpty()
                    ? "Missing Content-Type; send the body as application/json."
                    : "Content-Type '" + contentType + "' is not supported; send application/json.");
        }
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].trim().split("=", 2);
            if (param.length == 2 && param[0].trim().equalsIgnoreCase("charset")) {
                String charset = param[1].trim().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    throw new ApiException(415, "unsupported_media_type",
                            "Charset '" + charset + "' is not supported; send UTF-8.");
                }
            }
        }
    }
}
