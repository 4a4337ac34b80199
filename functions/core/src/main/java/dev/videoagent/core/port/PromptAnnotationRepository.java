package dev.videoagent.core.port;

import dev.videoagent.core.model.PromptAnnotations;
import dev.videoagent.core.model.Rating;

/**
 * Port: labels and version ratings of prompts, one document per prompt read by id (DocumentDB / the embedded Mongo
 * server). Throws {@link dev.videoagent.core.error.DependencyUnavailableException} when the store does not answer.
 */
public interface PromptAnnotationRepository {

    /** The prompt's labels and ratings; {@link PromptAnnotations#NONE} when it has none. */
    PromptAnnotations find(String promptId);

    /** Puts the label on the version, moving it from any other. */
    void putLabel(String promptId, String label, int version);

    /** Takes the label off; whether the prompt had it. */
    boolean removeLabel(String promptId, String label);

    /** Sets (or replaces) the owner's rating of a version. */
    void rateVersion(String promptId, int version, Rating rating);
}
