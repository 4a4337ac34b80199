package dev.videoagent.core.usecase;
import dev.videoagent.core.error.InputTooLongException;
import dev.videoagent.core.error.ValidationException;
import dev.videoagent.core.model.RecordIds;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Input of {@code POST /api/diffs}: the prompt before and after the edit, optionally the generation it belongs
 * to with the version the edit was made on ({@code baseVersion}, 0 = the generated prompt; required with a
 * {@code promptId} when the edit is stored).
 */
public record RecordEditCommand(Optional<String> promptId, Optional<Integer> baseVersion, String original,
                                String edited) {

    public static final int MAX_TEXT_CHARS = 4000;

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
        original = text("original", original);
        edited = text("edited", edited);
        if (edited.isBlank()) {
            throw new ValidationException("Field 'edited' is empty; an edit needs the text it makes.");
        }
    }

    /** Without a generation to check against: a free-standing diff. */
    public RecordEditCommand(Optional<String> promptId, String original, String edited) {
        this(promptId, Optional.empty(), original, edited);
    }

    private static String text(String field, String value) {
        if (value == null) {
            throw new ValidationException("Field '" + field + "' is required.");
        }
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
        int length = nfc.codePointCount(0, nfc.length());
        if (length > MAX_TEXT_CHARS) {
            throw new InputTooLongException("Field '" + field + "' has " + length + " characters; the limit is "
                    + MAX_TEXT_CHARS + ".");
        }
        return nfc;
    }
}
