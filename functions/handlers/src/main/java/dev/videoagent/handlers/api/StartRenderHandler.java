package dev.videoagent.handlers.api;

import dev.videoagent.core.model.UserId;
import dev.videoagent.core.usecase.RenderJobs;
import dev.videoagent.core.usecase.StartRenderCommand;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.ApiRequest;
import dev.videoagent.handlers.http.ApiResult;
import dev.videoagent.handlers.http.CorsPolicy;
import java.util.Optional;

/**
 * {@code POST /api/renders}: 202 with the new job ({@code status: QUEUED}), or 200 with an identical
 * render that already exists (finished, or still running).
 */
public final class StartRenderHandler extends ApiHandler {

    private final RenderJobs renders;

    public StartRenderHandler(RenderJobs renders, CorsPolicy cors) {
        super(cors);
        this.renders = renders;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        UserId caller = request.caller();
        StartRenderRequest body = request.jsonBody(StartRenderRequest.class);
        StartRenderCommand command = new StartRenderCommand(body.prompt(), Optional.ofNullable(body.promptId()),
                Optional.ofNullable(body.version()), StartRenderCommand.settings(body.durationSeconds(), body.width(), body.height()),
                StartRenderCommand.backend(body.backend()), Optional.ofNullable(body.negativePrompt()));
        RenderJobs.Started started = renders.start(caller, command);
        return ApiResult.of(started.existing() ? 200 : 202, GetRenderHandler.toJson(started.view()));
    }
}
