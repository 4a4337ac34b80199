package dev.videoagent.handlers.http;

/**
 * One Lambda function per kind. The CDK app creates a function for each kind from {@link #handlerClass()};
 * the local runtime maps each kind to an instance built by its own wiring.
 */
public enum HandlerKind {
    HEALTH("health", "dev.videoagent.handlers.api.HealthHandler"),
    GENERATE("generate", "dev.videoagent.handlers.api.GenerateHandler"),
    DIFF("diff", "dev.videoagent.handlers.api.DiffHandler"),
    HISTORY("history", "dev.videoagent.handlers.api.HistoryHandler"),
    SUGGEST("suggest", "dev.videoagent.handlers.api.SuggestHandler"),
    START_RENDER("start-render", "dev.videoagent.handlers.api.StartRenderHandler"),
    GET_RENDER("get-render", "dev.videoagent.handlers.api.GetRenderHandler"),
    CANCEL_RENDER("cancel-render", "dev.videoagent.handlers.api.CancelRenderHandler"),
    ROUTE_NOT_FOUND("route-not-found", "dev.videoagent.handlers.api.RouteNotFoundHandler");

    private final String functionName;
    private final String handlerClass;

    HandlerKind(String functionName, String handlerClass) {
        this.functionName = functionName;
        this.handlerClass = handlerClass;
    }

    /** Short name used for the Lambda function and its log group. */
    public String functionName() {
        return functionName;
    }

    /** Fully qualified handler class, as Lambda's {@code handler} setting expects. */
    public String handlerClass() {
        return handlerClass;
    }
}
