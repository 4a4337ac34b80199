package dev.videoagent.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.videoagent.core.config.AppConfig;
import dev.videoagent.handlers.http.HandlerKind;
import java.util.EnumSet;
import java.util.Map;

/**
 * The one Lambda entry point. Lambda makes one instance per container; it reads the route kind the stack set
 * ({@code ROUTE_KIND}) and the configuration once, wires that kind up front and registers the SnapStart hooks.
 */
public final class ApiFunction implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler;

    public ApiFunction() {
        this(System.getenv());
    }

    /** From a given environment: what the packaged-jar tests run. */
    public ApiFunction(Map<String, String> env) {
        HandlerKind kind = HandlerKind.fromEnv(env);
        ServiceWiring wiring = ServiceWiring.forLambda(AppConfig.fromEnv(env), EnumSet.of(kind));
        SnapStartPriming.register(wiring);
        this.handler = wiring.handler(kind);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return handler.handleRequest(event, context);
    }
}
