package dev.videoagent.core.usecase;
import dev.videoagent.core.error.ValidationException;
import dev.videoagent.core.model.InputLimit;
import dev.videoagent.core.model.RecordIds;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.model.VideoBackend;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Input of {@code POST /api/renders}: the prompt, optionally the generation it came from and the version of it
 * ({@code promptVersion}; without it, the latest version with exactly this text, if any), length and size, the
 * backend asked for (else the deployment's) and what it is asked to avoid (else the generation's negative prompt).
 */
public record StartRenderCommand(String prompt, Optional<String> promptId, Optional<Integer> promptVersion,
                                 RenderSettings settings, Optional<VideoBackend> backend,
                                 Optional<String> negativePrompt) {

    public StartRenderCommand {
        if (prompt == null || prompt.isBlank()) {
            throw new ValidationException("Field 'prompt' is required.");
        }
        prompt = Normalizer.normalize(prompt.strip(), Normalizer.Form.NFC);
        InputLimit.PROMPT.check("prompt", prompt);
        promptId = promptId == null ? Optional.empty() : promptId;
        if (promptId.isPresent() && !RecordIds.isValid(promptId.get())) {
            throw new ValidationException("Field 'promptId' is not a prompt id.");
        }
        promptVersion = promptVersion == null ? Optional.empty() : promptVersion;
        if (promptVersion.isPresent() && promptId.isEmpty()) {
            throw new ValidationException("Field 'version' needs 'promptId': it is a version of that prompt.");
        }
        if (promptVersion.filter(v -> v < 0).isPresent()) {
            throw new ValidationException("Field 'version' must be 0 (the generated prompt) or a version.");
        }
        backend = backend == null ? Optional.empty() : backend;
        negativePrompt = negativePrompt == null ? Optional.empty()
                : negativePrompt.map(n -> Normalizer.normalize(n.strip(), Normalizer.Form.NFC)).filter(n -> !n.isEmpty());
        negativePrompt.ifPresent(n -> InputLimit.NEGATIVE.check("negativePrompt", n));
    }

    public StartRenderCommand(String prompt, Optional<String> promptId, Optional<Integer> promptVersion,
                              RenderSettings settings) {
        this(prompt, promptId, promptVersion, settings, Optional.empty(), Optional.empty());
    }

    /** The {@code backend} field: absent, or one of the backends' names (400 for another). */
    public static Optional<VideoBackend> backend(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(VideoBackend.fromKey(name).orElseThrow(() -> new ValidationException(
                "Field 'backend' must be procedural, comfyui or bedrock-luma.")));
    }

    /** Without a version: the latest one with exactly this text. */
    public StartRenderCommand(String prompt, Optional<String> promptId, RenderSettings settings) {
        this(prompt, promptId, Optional.empty(), settings);
    }

    /** Settings from optional request fields: the defaults for what is missing, 16:9 sizes from the width. */
    public static RenderSettings settings(Integer durationSeconds, Integer width, Integer height) {
        RenderSettings d = RenderSettings.DEFAULT;
        int w = width == null ? (height == null ? d.width() : evenDown(height * 16 / 9)) : width;
        int h = height == null ? (width == null ? d.height() : evenDown(width * 9 / 16)) : height;
        return new RenderSettings(durationSeconds == null ? d.durationSeconds() : durationSeconds, w, h, d.fps());
    }

    private static int evenDown(int n) {
        return n - n % 2;
    }
}
