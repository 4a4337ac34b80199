package dev.videoagent.handlers.api;

import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.RecordIds;
import dev.videoagent.core.usecase.PromptVersions;
import dev.videoagent.handlers.http.ApiException;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.ApiRequest;
import dev.videoagent.handlers.http.ApiResult;
import dev.videoagent.handlers.http.CorsPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/prompts/{promptId}}: the caller's prompt with everything the page restores (slots, trace, negative
 * prompt) and every version: text, the diff from the version before, message, time, labels, rating and the renders
 * made of it with their ratings.
 */
public final class PromptHandler extends ApiHandler {

    private final PromptVersions versions;

    public PromptHandler(PromptVersions versions, CorsPolicy cors) {
        super(cors);
        this.versions = versions;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        PromptVersions.PromptView view = versions.view(request.caller(), promptId(request));
        PromptResult r = view.generation().result();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", view.generation().id());
        json.put("concept", r.concept());
        json.put("language", r.language().wire());
        json.put("target", r.target().key());
        json.put("category", r.category());
        json.put("slots", r.slots());
        json.put("styles", r.styles());
        json.put("negativePrompt", r.negativePrompt());
        json.put("trace", r.trace());
        json.put("unrecognized", r.unrecognized());
        json.put("createdAt", view.generation().createdAt().toString());
        List<PromptVersions.Version> all = view.versions();
        json.put("latestVersion", all.get(all.size() - 1).version());
        json.put("currentPrompt", all.get(all.size() - 1).text());
        json.put("versions", all.stream().map(PromptHandler::version).toList());
        json.put("unsavedRenders", view.unsavedRenders().stream().map(PromptHandler::render).toList());
        return ApiResult.ok(json);
    }

    /** The {@code {promptId}} of a prompt route. */
    static String promptId(ApiRequest request) {
        String id = request.pathParameter("promptId")
                .orElseThrow(() -> ApiException.badRequest("The prompt id is missing from the path."));
        if (!RecordIds.isValid(id)) {
            throw ApiException.badRequest("'" + id + "' is not a prompt id.");
        }
        return id;
    }

    private static Map<String, Object> version(PromptVersions.Version v) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", v.version());
        json.put("text", v.text());
        json.put("ops", v.ops());
        json.put("stats", v.stats().orElse(null));
        json.put("message", v.message().orElse(null));
        json.put("createdAt", v.createdAt().toString());
        json.put("labels", v.labels());
        json.put("rating", v.rating().map(RateHandler::toJson).orElse(null));
        json.put("renders", v.renders().stream().map(PromptHandler::render).toList());
        return json;
    }

    private static Map<String, Object> render(PromptVersions.RenderOfVersion r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jobId", r.jobId());
        json.put("durationSeconds", r.settings().durationSeconds());
        json.put("width", r.settings().width());
        json.put("height", r.settings().height());
        json.put("createdAt", r.createdAt().toString());
        json.put("rating", r.rating().map(RateHandler::toJson).orElse(null));
        return json;
    }
}
