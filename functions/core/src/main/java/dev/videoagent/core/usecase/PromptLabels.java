package dev.videoagent.core.usecase;

import dev.videoagent.core.error.NotFoundException;
import dev.videoagent.core.error.ValidationException;
import dev.videoagent.core.model.PromptAnnotations;
import dev.videoagent.core.model.PromptLabel;
import dev.videoagent.core.model.UsageLimit;
import dev.videoagent.core.model.UserId;
import dev.videoagent.core.port.HistoryRepository;
import dev.videoagent.core.port.PromptAnnotationRepository;
import dev.videoagent.core.port.UsageLimits;

/**
 * Use case: labels on versions of the caller's own prompt ({@code PUT} / {@code DELETE
 * /api/prompts/{id}/labels/{name}}). A label names one version; putting it on another moves it.
 */
public final class PromptLabels {

    private final HistoryRepository history;
    private final PromptAnnotationRepository annotations;
    private final UsageLimits limits;

    public PromptLabels(HistoryRepository history, PromptAnnotationRepository annotations, UsageLimits limits) {
        this.history = history;
        this.annotations = annotations;
        this.limits = limits;
    }

    /** Puts the label on the version (404 for a version the prompt does not have); the prompt's labels after. */
    public PromptAnnotations put(UserId caller, String promptId, PromptLabel label, int version) {
        OwnedPrompts.text(OwnedPrompts.entry(history, caller, promptId), version);
        PromptAnnotations now = annotations.find(promptId);
        if (!now.labels().containsKey(label.name()) && now.labels().size() >= PromptLabel.MAX_PER_PROMPT) {
            throw new ValidationException("A prompt carries at most " + PromptLabel.MAX_PER_PROMPT
                    + " labels; take one off first.");
        }
        limits.take(caller, UsageLimit.WRITE);
        annotations.putLabel(promptId, label.name(), version);
        return annotations.find(promptId);
    }

    /** Takes the label off (404 when the prompt does not have it); the prompt's labels after. */
    public PromptAnnotations remove(UserId caller, String promptId, PromptLabel label) {
        OwnedPrompts.entry(history, caller, promptId);
        limits.take(caller, UsageLimit.WRITE);
        if (!annotations.removeLabel(promptId, label.name())) {
            throw new NotFoundException("Prompt '" + promptId + "' has no label '" + label.name() + "'.");
        }
        return annotations.find(promptId);
    }
}
