package dev.videoagent.handlers.api;

import dev.videoagent.core.model.GeneratedPrompt;
import dev.videoagent.core.model.PromptResult;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.usecase.GeneratePrompt;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.ApiRequest;
import dev.videoagent.handlers.http.ApiResult;
import dev.videoagent.handlers.http.CorsPolicy;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /api/prompts {concept, options?}}: an English text-to-video prompt for the idea. */
public final class GenerateHandler extends ApiHandler {

    private final GeneratePrompt generate;

    public GenerateHandler(GeneratePrompt generate, CorsPolicy cors) {
        super(cors);
        this.generate = generate;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        UserId caller = request.caller();
        GenerateRequest body = request.jsonBody(GenerateRequest.class);
        GeneratedPrompt generated = generate.handle(caller, body.command());
        return ApiResult.ok(toJson(generated));
    }

    /** The response shape, shared with the CLI's {@code prompt} command. */
    public static Map<String, Object> toJson(GeneratedPrompt generated) {
        PromptResult r = generated.result();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", generated.id());
        json.put("concept", r.concept());
        json.put("language", r.language().wire());
        json.put("target", r.target().key());
        json.put("category", r.category());
        json.put("confidence", r.confidence());
        json.put("coverage", r.coverage());
        json.put("slots", r.slots());
        json.put("styles", r.styles());
        json.put("structure", r.structure());
        json.put("prompt", r.prompt());
        json.put("negativePrompt", r.negativePrompt());
        json.put("trace", r.trace());
        json.put("unrecognized", r.unrecognized());
        json.put("cached", generated.cached());
        json.put("fromHistory", generated.fromHistory().isPresent());
        generated.fromHistory().ifPresent(past -> {
            json.put("fromHistoryPersonal", past.personal());
            past.ownPromptId().ifPresent(id -> json.put("fromHistoryPromptId", id));
            json.put("fromHistoryPeople", past.people());
        });
        json.put("learnedEdits", generated.learnedEdits());
        json.put("stored", generated.stored());
        json.put("rewrite", generated.rewrite());
        return json;
    }
}
