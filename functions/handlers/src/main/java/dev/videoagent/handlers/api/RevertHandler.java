package dev.videoagent.handlers.api;

import dev.videoagent.core.model.UserId;
import dev.videoagent.core.usecase.RecordEdit;
import dev.videoagent.core.usecase.RevertCommand;
import dev.videoagent.handlers.http.ApiException;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.ApiRequest;
import dev.videoagent.handlers.http.ApiResult;
import dev.videoagent.handlers.http.CorsPolicy;
import java.util.Optional;

/**
 * {@code POST /api/prompts/{promptId}/revert {version, baseVersion?, message?}}: a new version with an older version's
 * text (201, as an edit); 409 {@code conflict} when {@code baseVersion} is no longer the latest.
 */
public final class RevertHandler extends ApiHandler {

    private final RecordEdit recordEdit;

    public RevertHandler(RecordEdit recordEdit, CorsPolicy cors) {
        super(cors);
        this.recordEdit = recordEdit;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        UserId caller = request.caller();
        String promptId = PromptHandler.promptId(request);
        RevertRequest body = request.jsonBody(RevertRequest.class);
        if (body.version() == null) {
            throw ApiException.badRequest("Field 'version' is required: the version whose text comes back.");
        }
        return ApiResult.of(201, DiffHandler.toJson(recordEdit.revert(caller, new RevertCommand(promptId,
                body.version(), Optional.ofNullable(body.baseVersion()), Optional.ofNullable(body.message())))));
    }
}
