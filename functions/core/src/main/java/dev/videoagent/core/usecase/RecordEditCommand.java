package dev.videoagent.core.usecase;
import dev.videoagent.core.error.ValidationException;
import dev.videoagent.core.model.InputLimit;
import dev.videoagent.core.model.RecordIds;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Input of {@code POST /api/diffs}: the prompt before and after the edit, optionally the generation it belongs
 * to with the version the edit was made on ({@code baseVersion}, 0 = the generated prompt; required with a
 * {@code promptId} when the edit is stored), and why ({@code message}, one line within {@link InputLimit#MESSAGE}).
 */
public record RecordEditCommand(Optional<String> promptId, Optional<Integer> baseVersion, String original,
                                String edited, Optional<String> message) {


    public RecordEditCommand {
        promptId = promptId == null ? Optional.empty() : promptId;
        baseVersion = baseVersion == null ? Optional.empty() : baseVersion;
        if (baseVersion.isPresent() && promptId.isEmpty()) {
            throw new ValidationException("Field 'baseVersion' needs 'promptId': it is a version of that prompt.");
        }
        if (baseVersion.filter(v -> v < 0).isPresent()) {
            throw new ValidationException("Field 'baseVersion' must be 0 (the generated prompt) or a version.");
        }
        if (promptId.isPresent() && !RecordIds.isValid(promptId.get())) {
            throw new ValidationException("Field 'promptId' is not a prompt id.");
        }
        message = message(message == null ? null : message.orElse(null));
        original = text("original", original);
        edited = text("edited", edited);
        if (edited.isBlank()) {
            throw new ValidationException("Field 'edited' is empty; an edit needs the text it makes.");
        }
    }

    /** Without a message. */
    public RecordEditCommand(Optional<String> promptId, Optional<Integer> baseVersion, String original, String edited) {
        this(promptId, baseVersion, original, edited, Optional.empty());
    }

    /** Without a generation to check against: a free-standing diff. */
    public RecordEditCommand(Optional<String> promptId, String original, String edited) {
        this(promptId, Optional.empty(), original, edited);
    }

    /** A version's message: one line (line breaks and other control characters become spaces), none when blank. */
    static Optional<String> message(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String line = Normalizer.normalize(value, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}+", " ").strip();
        InputLimit.MESSAGE.check("message", line);
        return line.isEmpty() ? Optional.empty() : Optional.of(line);
    }

    private static String text(String field, String value) {
        if (value == null) {
            throw new ValidationException("Field '" + field + "' is required.");
        }
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
        return InputLimit.PROMPT.check(field, nfc);
    }
}
