package dev.videoagent.core.prompt;

import dev.videoagent.core.error.ValidationException;
import java.util.Map;

/** Input of prompt generation: the person's video idea in Korean or English, plus optional settings. */
public record GeneratePromptCommand(String concept, Map<String, Object> options) {

    public static final int MAX_CONCEPT_CHARS = 1000;

    public GeneratePromptCommand {
        if (concept == null || concept.isBlank()) {
            throw new ValidationException("Field 'concept' is required: describe the video you want.");
        }
        if (concept.codePointCount(0, concept.length()) > MAX_CONCEPT_CHARS) {
            throw new ValidationException("Field 'concept' is longer than " + MAX_CONCEPT_CHARS + " characters.");
        }
        options = options == null ? Map.of() : Map.copyOf(options);
    }
}
