package dev.videoagent.handlers.api;

import dev.videoagent.core.model.RenderView;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.usecase.RenderJobs;
import dev.videoagent.handlers.http.ApiException;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.ApiRequest;
import dev.videoagent.handlers.http.ApiResult;
import dev.videoagent.handlers.http.CorsPolicy;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/renders/{jobId}}: status, attempt, progress and, when done, the video and poster URLs. */
public final class GetRenderHandler extends ApiHandler {

    private final RenderJobs renders;

    public GetRenderHandler(RenderJobs renders, CorsPolicy cors) {
        super(cors);
        this.renders = renders;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        UserId caller = request.caller();
        return ApiResult.ok(toJson(renders.get(caller, jobId(request))));
    }

    /** The {@code {jobId}} of a render route. */
    static String jobId(ApiRequest request) {
        return request.pathParameter("jobId")
                .orElseThrow(() -> ApiException.badRequest("The job id is missing from the path."));
    }

    static Map<String, Object> toJson(RenderView view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jobId", view.jobId());
        json.put("status", view.status().name());
        json.put("attempt", view.attempt());
        json.put("progress", view.progress());
        json.put("videoUrl", view.videoUrl().orElse(null));
        json.put("posterUrl", view.posterUrl().orElse(null));
        json.put("error", view.error().orElse(null));
        json.put("durationSeconds", view.settings().durationSeconds());
        json.put("width", view.settings().width());
        json.put("height", view.settings().height());
        json.put("fps", view.settings().fps());
        json.put("prompt", view.prompt());
        json.put("backend", view.backend().key());
        return json;
    }
}
