package dev.videoagent.core.prompt;

import dev.videoagent.core.error.InputTooLongException;
import dev.videoagent.core.error.ValidationException;

/** Input of prompt generation: the person's video idea in Korean or English (1..500 characters after NFC). */
public record GeneratePromptCommand(String concept, boolean rewrite) {

    public static final int MAX_CONCEPT_CHARS = 500;

    public GeneratePromptCommand {
        if (concept == null) {
            throw new ValidationException("Field 'concept' is required: describe the video you want.");
        }
        concept = TextNormalizer.nfc(concept).strip();
        if (concept.isEmpty()) {
            throw new ValidationException("Field 'concept' is empty: describe the video you want.");
        }
        int length = concept.codePointCount(0, concept.length());
        if (length > MAX_CONCEPT_CHARS) {
            throw new InputTooLongException("Field 'concept' has " + length + " characters; the limit is "
                    + MAX_CONCEPT_CHARS + ".");
        }
    }
}
