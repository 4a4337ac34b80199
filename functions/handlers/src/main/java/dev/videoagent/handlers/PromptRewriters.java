package dev.videoagent.handlers;

import dev.videoagent.adapters.bedrock.BedrockPromptRewriter;
import dev.videoagent.adapters.ollama.OllamaPromptRewriter;
import dev.videoagent.core.config.AppConfig;
import dev.videoagent.core.port.PromptRewriter;
import java.util.Optional;

/** The LLM rewrite a configuration names: Bedrock when a model id is set, else a local Ollama when one is, else none. */
final class PromptRewriters {

    private PromptRewriters() {
    }

    static Optional<PromptRewriter> configured(AppConfig config, Closeables closeables) {
        if (config.bedrockModelId().isPresent()) {
            return Optional.of(closeables.add(new BedrockPromptRewriter(BedrockPromptRewriter.client(config),
                    config.bedrockModelId().get())));
        }
        return config.ollamaUrl().map(url -> closeables.add(new OllamaPromptRewriter(url,
                config.ollamaModel().orElseThrow(), config.dependencyTimeout())));
    }
}
