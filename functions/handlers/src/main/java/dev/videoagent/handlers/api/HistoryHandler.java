package dev.videoagent.handlers.api;

import dev.videoagent.core.model.HistoryEntry;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.usecase.ListHistory;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.ApiRequest;
import dev.videoagent.handlers.http.ApiResult;
import dev.videoagent.handlers.http.CorsPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/history?limit=&before=}: recent prompts with their edits, newest first. */
public final class HistoryHandler extends ApiHandler {

    private final ListHistory listHistory;

    public HistoryHandler(ListHistory listHistory, CorsPolicy cors) {
        super(cors);
        this.listHistory = listHistory;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        UserId caller = request.caller();
        int limit = request.intQueryParameter("limit").orElse(ListHistory.DEFAULT_LIMIT);
        List<HistoryEntry> entries = listHistory.handle(caller, limit, request.queryParameter("before"));
        List<Map<String, Object>> items = new ArrayList<>();
        for (HistoryEntry entry : entries) {
            PromptResult r = entry.generation().result();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", entry.generation().id());
            item.put("concept", r.concept());
            item.put("language", r.language().wire());
            item.put("category", r.category());
            item.put("prompt", r.prompt());
            item.put("currentPrompt", entry.currentPrompt());
            item.put("createdAt", entry.generation().createdAt().toString());
            item.put("edits", entry.edits().stream().map(DiffHandler::toJson).toList());
            items.add(item);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("nextBefore", entries.size() == limit ? entries.get(entries.size() - 1).generation().id() : null);
        return ApiResult.ok(body);
    }

}
