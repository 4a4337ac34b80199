package dev.videoagent.core.usecase;

import dev.videoagent.core.error.ValidationException;
import dev.videoagent.core.model.RecordIds;
import java.util.Optional;

/**
 * Input of {@code POST /api/prompts/{id}/revert {version, baseVersion?, message?}}: make the text of {@code version}
 * the prompt's next version. With {@code baseVersion} the revert is refused (409) when the prompt has moved on since.
 */
public record RevertCommand(String promptId, int version, Optional<Integer> baseVersion, Optional<String> message) {

    public RevertCommand {
        if (promptId == null || !RecordIds.isValid(promptId)) {
            throw new ValidationException("The prompt id is not one.");
        }
        if (version < 0) {
            throw new ValidationException("Field 'version' must be 0 (the generated prompt) or a version.");
        }
        baseVersion = baseVersion == null ? Optional.empty() : baseVersion;
        message = RecordEditCommand.message(message == null ? null : message.orElse(null));
    }
}
