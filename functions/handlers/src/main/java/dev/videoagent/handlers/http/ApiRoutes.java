package dev.videoagent.handlers.http;

import java.util.List;

/**
 * The route table: the single list that the local gateway serves and the CDK app deploys, so the two
 * can never drift. Routes for capabilities land here as they are built.
 */
public final class ApiRoutes {

    public static final List<ApiRoute> ALL = List.of(
            new ApiRoute("GET", "/api/health", HandlerKind.HEALTH),
            new ApiRoute("POST", "/api/prompts", HandlerKind.GENERATE),
            new ApiRoute("POST", "/api/diffs", HandlerKind.DIFF),
            new ApiRoute("GET", "/api/history", HandlerKind.HISTORY),
            new ApiRoute("GET", "/api/suggestions", HandlerKind.SUGGEST),
            new ApiRoute("GET", "/api/prompts/{promptId}", HandlerKind.PROMPT_VERSIONS),
            new ApiRoute("GET", "/api/prompts/{promptId}/compare", HandlerKind.COMPARE_VERSIONS),
            new ApiRoute("POST", "/api/prompts/{promptId}/revert", HandlerKind.REVERT),
            new ApiRoute("PUT", "/api/prompts/{promptId}/labels/{label}", HandlerKind.LABEL),
            new ApiRoute("DELETE", "/api/prompts/{promptId}/labels/{label}", HandlerKind.LABEL),
            new ApiRoute("PUT", "/api/prompts/{promptId}/versions/{version}/rating", HandlerKind.RATE_VERSION),
            new ApiRoute("POST", "/api/renders", HandlerKind.START_RENDER),
            new ApiRoute("GET", "/api/renders/{jobId}", HandlerKind.GET_RENDER),
            new ApiRoute("DELETE", "/api/renders/{jobId}", HandlerKind.CANCEL_RENDER),
            new ApiRoute("PUT", "/api/renders/{jobId}/rating", HandlerKind.RATE_RENDER),
            // anything else under /api answers a JSON 404/405 instead of API Gateway's own 403
            new ApiRoute("ANY", "/api/{proxy+}", HandlerKind.ROUTE_NOT_FOUND));

    private ApiRoutes() {
    }
}
