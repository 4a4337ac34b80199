package dev.videoagent.handlers.api;

import dev.videoagent.core.config.RenderBackendsConfig;
import dev.videoagent.core.model.HealthReport;
import dev.videoagent.core.model.VideoBackend;
import java.util.List;
import dev.videoagent.core.usecase.HealthService;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.ApiRequest;
import dev.videoagent.handlers.http.ApiResult;
import dev.videoagent.handlers.http.CorsPolicy;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/health}: 200 when every dependency answers, 503 with the down ones marked otherwise. */
public final class HealthHandler extends ApiHandler {

    private final HealthService health;
    private final List<String> renderBackends;

    /** @param backends what a render may ask for: the page offers the choice when there is one */
    public HealthHandler(HealthService health, RenderBackendsConfig backends, CorsPolicy cors) {
        super(cors);
        this.health = health;
        // the default first
        this.renderBackends = java.util.stream.Stream.concat(java.util.stream.Stream.of(backends.standard()),
                backends.allowed().stream()).distinct().map(VideoBackend::key).toList();
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        HealthReport report = health.check();
        Map<String, String> dependencies = new LinkedHashMap<>();
        report.dependencies().forEach((name, state) -> dependencies.put(name, state.label()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", report.healthy() ? "ok" : "degraded");
        body.put("dependencies", dependencies);
        body.put("limits", report.limits());
        body.put("renderBackends", renderBackends);
        return ApiResult.of(report.healthy() ? 200 : 503, body);
    }
}
