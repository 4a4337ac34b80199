package dev.videoagent.handlers.api;

import dev.videoagent.core.model.Rating;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.usecase.RateResults;
import dev.videoagent.handlers.http.ApiException;
import dev.videoagent.handlers.http.ApiHandler;
import dev.videoagent.handlers.http.ApiRequest;
import dev.videoagent.handlers.http.ApiResult;
import dev.videoagent.handlers.http.CorsPolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code PUT /api/renders/{jobId}/rating} and {@code PUT /api/prompts/{promptId}/versions/{version}/rating}
 * {@code {score: 1|-1, note?}}: the owner's verdict, which decides how much the edits behind it teach.
 */
public final class RateHandler extends ApiHandler {

    /** What is rated. */
    public enum Target { RENDER, VERSION }

    private final RateResults ratings;
    private final Target target;

    public RateHandler(RateResults ratings, Target target, CorsPolicy cors) {
        super(cors);
        this.ratings = ratings;
        this.target = target;
    }

    @Override
    protected ApiResult handle(ApiRequest request) {
        UserId caller = request.caller();
        RatingRequest body = request.jsonBody(RatingRequest.class);
        Rating.Score score = Rating.Score.of(body.score());
        Optional<String> note = Optional.ofNullable(body.note());
        Rating rating = target == Target.RENDER
                ? ratings.rateRender(caller, GetRenderHandler.jobId(request), score, note)
                : ratings.rateVersion(caller, PromptHandler.promptId(request), version(request), score, note);
        return ApiResult.ok(toJson(rating));
    }

    private static int version(ApiRequest request) {
        String text = request.pathParameter("version")
                .orElseThrow(() -> ApiException.badRequest("The version is missing from the path."));
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("The version in the path must be a whole number.");
        }
    }

    static Map<String, Object> toJson(Rating rating) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("score", rating.score().value());
        json.put("note", rating.note().orElse(null));
        json.put("ratedAt", rating.ratedAt().toString());
        return json;
    }
}
