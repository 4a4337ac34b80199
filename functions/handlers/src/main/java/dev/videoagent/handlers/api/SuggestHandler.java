package dev.videoagent.handlers.api;

import dev.videoagent.core.model.UserId;
import dev.videoagent.core.usecase.SuggestPrompts;
import dev.videoagent.handlers.http.ApiException;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.ApiRequest;
import dev.videoagent.handlers.http.ApiResult;
import dev.videoagent.handlers.http.CorsPolicy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/suggestions?concept=..&limit=3}: the caller's similar past requests with their best prompts, and
 * prompts enough people settled on.
 */
public final class SuggestHandler extends ApiHandler {

    public static final int DEFAULT_LIMIT = 3;

    private final SuggestPrompts suggest;

    public SuggestHandler(SuggestPrompts suggest, CorsPolicy cors) {
        super(cors);
        this.suggest = suggest;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        UserId caller = request.caller();
        String concept = request.queryParameter("concept")
                .orElseThrow(() -> ApiException.badRequest("Parameter 'concept' is required."));
        int limit = request.intQueryParameter("limit").orElse(DEFAULT_LIMIT);
        SuggestPrompts.SuggestionList found = suggest.handle(caller, concept, limit);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("suggestions", found.suggestions());
        json.put("cached", found.cached());
        return ApiResult.ok(json);
    }

}
