package dev.videoagent.handlers.api;

import dev.videoagent.core.error.NotImplementedYetException;
import dev.videoagent.core.prompt.GeneratePromptCommand;
import dev.videoagent.handlers.ServiceWiring;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.ApiRequest;
import dev.videoagent.handlers.http.ApiResult;
import dev.videoagent.handlers.http.CorsPolicy;

/**
 * {@code POST /api/prompts}. Validates the request; the prompt engine itself is issue 3, so a valid
 * request is answered 501 until then.
 */
public final class GenerateHandler extends ApiHandler {

    /** Lambda entry point. */
    public GenerateHandler() {
        this(ServiceWiring.lambda().cors());
    }

    public GenerateHandler(CorsPolicy cors) {
        super(cors);
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        GenerateRequest body = request.jsonBody(GenerateRequest.class);
        GeneratePromptCommand command = new GeneratePromptCommand(body.concept(), body.options());
        throw new NotImplementedYetException("Prompt generation is not available yet (request for "
                + command.concept().length() + " characters was valid).");
    }
}
