package dev.videoagent.core.usecase;

import dev.videoagent.core.engine.prompt.text.TextNormalizer;
import dev.videoagent.core.error.ValidationException;
import dev.videoagent.core.model.InputLimit;
import dev.videoagent.core.model.Target;

/**
 * Input of prompt generation: the person's video idea in Korean or English (1 to {@link InputLimit#CONCEPT} characters after NFC),
 * whether to ask the LLM rewrite, and the model the prompt is written for.
 */
public record GeneratePromptCommand(String concept, boolean rewrite, Target target) {

    public GeneratePromptCommand {
        if (concept == null) {
            throw new ValidationException("Field 'concept' is required: describe the video you want.");
        }
        concept = TextNormalizer.nfc(concept).strip();
        if (concept.isEmpty()) {
            throw new ValidationException("Field 'concept' is empty: describe the video you want.");
        }
        InputLimit.CONCEPT.check("concept", concept);
        if (target == null) {
            target = Target.GENERIC;
        }
    }

    public GeneratePromptCommand(String concept, boolean rewrite) {
        this(concept, rewrite, Target.GENERIC);
    }

    /** The target a request names ({@code generic} when it names none); an unknown name is a 400 listing the valid ones. */
    public static Target target(String key) {
        if (key == null) {
            return Target.GENERIC;
        }
        return Target.fromKey(key).orElseThrow(() -> new ValidationException("Field 'options.target' must be one of "
                + String.join(", ", Target.keys()) + "."));
    }
}
