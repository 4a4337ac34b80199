package dev.videoagent.handlers.api;

import dev.videoagent.core.model.EditRecord;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.usecase.RecordEdit;
import dev.videoagent.core.usecase.RecordEditCommand;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.ApiRequest;
import dev.videoagent.handlers.http.ApiResult;
import dev.videoagent.handlers.http.CorsPolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/diffs {promptId?, baseVersion?, original, edited, message?}}: the word and slot diff, stored as the next
 * version of the prompt; 409 {@code conflict} with the current version and text when the edit was made on an
 * older one.
 */
public final class DiffHandler extends ApiHandler {

    private final RecordEdit recordEdit;

    public DiffHandler(RecordEdit recordEdit, CorsPolicy cors) {
        super(cors);
        this.recordEdit = recordEdit;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        UserId caller = request.caller();
        DiffRequest body = request.jsonBody(DiffRequest.class);
        RecordEditCommand command = new RecordEditCommand(Optional.ofNullable(body.promptId()),
                Optional.ofNullable(body.baseVersion()), body.original(), body.edited(),
                Optional.ofNullable(body.message()));
        // ?dryRun=true: the diff of an edit being typed, nothing stored
        if (request.queryParameter("dryRun").filter("true"::equals).isPresent()) {
            RecordEdit.Preview preview = recordEdit.preview(command);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("ops", preview.ops());
            json.put("stats", preview.stats());
            json.put("slotChanges", preview.slotChanges());
            return ApiResult.ok(json);
        }
        return ApiResult.of(201, toJson(recordEdit.handle(caller, command)));
    }

    static Map<String, Object> toJson(EditRecord edit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", edit.id());
        json.put("promptId", edit.promptId());
        json.put("version", edit.version());
        json.put("original", edit.original());
        json.put("edited", edit.edited());
        json.put("ops", edit.ops());
        json.put("stats", edit.stats());
        json.put("slotChanges", edit.slotChanges());
        json.put("message", edit.message().orElse(null));
        json.put("createdAt", edit.createdAt().toString());
        return json;
    }
}
