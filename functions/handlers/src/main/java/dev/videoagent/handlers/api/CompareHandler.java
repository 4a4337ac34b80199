package dev.videoagent.handlers.api;

import dev.videoagent.core.model.UserId;
import dev.videoagent.core.usecase.PromptVersions;
import dev.videoagent.handlers.http.ApiException;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.ApiRequest;
import dev.videoagent.handlers.http.ApiResult;
import dev.videoagent.handlers.http.CorsPolicy;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/prompts/{promptId}/compare?from=&to=}: the word diff between any two versions of the caller's prompt. */
public final class CompareHandler extends ApiHandler {

    private final PromptVersions versions;

    public CompareHandler(PromptVersions versions, CorsPolicy cors) {
        super(cors);
        this.versions = versions;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        UserId caller = request.caller();
        String promptId = PromptHandler.promptId(request);
        PromptVersions.Comparison c = versions.compare(caller, promptId, version(request, "from"),
                version(request, "to"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("promptId", c.promptId());
        json.put("from", c.from());
        json.put("to", c.to());
        json.put("fromText", c.fromText());
        json.put("toText", c.toText());
        json.put("ops", c.ops());
        json.put("stats", c.stats());
        return ApiResult.ok(json);
    }

    private static int version(ApiRequest request, String name) {
        return request.intQueryParameter(name).orElseThrow(() -> ApiException.badRequest(
                "Parameter '" + name + "' is required: a version number (0 = the generated prompt)."));
    }
}
