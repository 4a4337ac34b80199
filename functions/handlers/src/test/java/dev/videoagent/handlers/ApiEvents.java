package dev.videoagent.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.util.HashMap;
import java.util.Map;

/** Builds API Gateway proxy events for handler tests. */
public final class ApiEvents {

    private ApiEvents() {
    }

    /** A request of the local user, with the claims API Gateway's authorizer would put in. */
    public static APIGatewayProxyRequestEvent request(String method, String path) {
        return as("local", new APIGatewayProxyRequestEvent()
                .withHttpMethod(method)
                .withPath(path)
                .withHeaders(new HashMap<>())
                .withRequestContext(new APIGatewayProxyRequestEvent.ProxyRequestContext()
                        .withRequestId("req-" + method + "-" + path.hashCode())));
    }

    /** The event as signed-in user {@code sub}'s. */
    public static APIGatewayProxyRequestEvent as(String sub, APIGatewayProxyRequestEvent event) {
        event.getRequestContext().setAuthorizer(Map.of("claims", Map.of("sub", sub, "cognito:username", sub)));
        return event;
    }

    /** The event without any signed-in user. */
    public static APIGatewayProxyRequestEvent anonymous(APIGatewayProxyRequestEvent event) {
        event.getRequestContext().setAuthorizer(null);
        return event;
    }

    public static APIGatewayProxyRequestEvent json(String method, String path, String body) {
        APIGatewayProxyRequestEvent event = request(method, path).withBody(body);
        event.getHeaders().put("content-type", "application/json");
        return event;
    }

    public static APIGatewayProxyRequestEvent withHeader(APIGatewayProxyRequestEvent event, String name,
                                                         String value) {
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put(name, value);
        return event.withHeaders(headers);
    }
}
