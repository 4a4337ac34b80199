package dev.videoagent.handlers.api;

import dev.videoagent.core.model.UserId;
import dev.videoagent.core.usecase.RenderJobs;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.ApiRequest;
import dev.videoagent.handlers.http.ApiResult;
import dev.videoagent.handlers.http.CorsPolicy;

/** {@code DELETE /api/renders/{jobId}}: stops the render (its execution and task); 409 when it has ended. */
public final class CancelRenderHandler extends ApiHandler {

    private final RenderJobs renders;

    public CancelRenderHandler(RenderJobs renders, CorsPolicy cors) {
        super(cors);
        this.renders = renders;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        UserId caller = request.caller();
        return ApiResult.ok(GetRenderHandler.toJson(renders.cancel(caller, GetRenderHandler.jobId(request))));
    }
}
