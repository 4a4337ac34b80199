package dev.videoagent.handlers.api;

import dev.videoagent.core.usecase.SuggestPrompts;
import dev.videoagent.handlers.http.ApiException;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.ApiRequest;
import dev.videoagent.handlers.http.ApiResult;
import dev.videoagent.handlers.http.CorsPolicy;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/suggestions?concept=..&limit=3}: similar past requests with their best prompts. */
public final class SuggestHandler extends ApiHandler {

    public static final int DEFAULT_LIMIT = 3;

    private final SuggestPrompts suggest;

    public SuggestHandler(SuggestPrompts suggest, CorsPolicy cors) {
        super(cors);
        this.suggest = suggest;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        request.caller(); // signed-in people only, as everywhere but health
        String concept = request.queryParameter("concept")
                .orElseThrow(() -> ApiException.badRequest("Parameter 'concept' is required."));
        int limit = request.intQueryParameter("limit").orElse(DEFAULT_LIMIT);
        SuggestPrompts.SuggestionList found = suggest.handle(concept, limit);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("suggestions", found.suggestions());
        json.put("cached", found.cached());
        return ApiResult.ok(json);
    }

}
