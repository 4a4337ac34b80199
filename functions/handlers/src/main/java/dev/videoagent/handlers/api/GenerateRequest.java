package dev.videoagent.handlers.api;

import dev.videoagent.core.usecase.GeneratePromptCommand;

/** Body of {@code POST /api/prompts}. */
public record GenerateRequest(String concept, Options options) {

    /**
     * Optional settings: {@code rewrite} asks for the LLM polish when one is configured; {@code target} names
     * the text-to-video model the prompt is written for (generic, wan, ltx, hunyuan, luma).
     */
    public record Options(Boolean rewrite, String target) {
    }

    GeneratePromptCommand command() {
        boolean rewrite = options != null && Boolean.TRUE.equals(options.rewrite());
        return new GeneratePromptCommand(concept, rewrite, GeneratePromptCommand.target(options == null ? null
                : options.target()));
    }
}
