package dev.videoagent.handlers.api;

import dev.videoagent.core.model.PromptAnnotations;
import dev.videoagent.core.model.PromptLabel;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.usecase.PromptLabels;
import dev.videoagent.handlers.http.ApiException;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.ApiRequest;
import dev.videoagent.handlers.http.ApiResult;
import dev.videoagent.handlers.http.CorsPolicy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code PUT /api/prompts/{promptId}/labels/{label} {version}} puts a label on a version (moving it from any other);
 * {@code DELETE} takes it off. Both answer the prompt's labels, name to version.
 */
public final class LabelHandler extends ApiHandler {

    private final PromptLabels labels;

    public LabelHandler(PromptLabels labels, CorsPolicy cors) {
        super(cors);
        this.labels = labels;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        UserId caller = request.caller();
        String promptId = PromptHandler.promptId(request);
        PromptLabel label = new PromptLabel(request.pathParameter("label")
                .orElseThrow(() -> ApiException.badRequest("The label is missing from the path.")));
        PromptAnnotations after;
        if (request.method().equals("DELETE")) {
            after = labels.remove(caller, promptId, label);
        } else {
            LabelRequest body = request.jsonBody(LabelRequest.class);
            if (body.version() == null) {
                throw ApiException.badRequest("Field 'version' is required: the version the label names.");
            }
            after = labels.put(caller, promptId, label, body.version());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("promptId", promptId);
        json.put("labels", after.labels());
        return ApiResult.ok(json);
    }
}
