package dev.videoagent.adapters.bedrock;

import dev.videoagent.adapters.aws.AwsClients;
import dev.videoagent.core.config.AppConfig;
import dev.videoagent.core.port.PromptRewriter;
import java.time.Duration;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.InferenceConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;

/** The LLM rewrite through Amazon Bedrock's Converse API (any text model; id from configuration). */
public final class BedrockPromptRewriter implements PromptRewriter {

    private final BedrockRuntimeClient client;
    private final String modelId;

    public BedrockPromptRewriter(BedrockRuntimeClient client, String modelId) {
        this.client = client;
        this.modelId = modelId;
    }

    /** The client as the runtimes create it: explicit region, timeouts, URL-connection HTTP client. */
    public static BedrockRuntimeClient client(AppConfig config) {
        Duration timeout = config.dependencyTimeout();
        BedrockRuntimeClientBuilder builder = AwsClients.configure(BedrockRuntimeClient.builder(), config.region(),
                timeout, AwsClients.Calls.MODEL);
        config.bedrockEndpointUrl().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    @Override
    public String rewrite(String idea, String prompt) {
        ConverseResponse response = client.converse(b -> b
                .modelId(modelId)
                .system(SystemContentBlock.fromText(INSTRUCTIONS))
                .messages(Message.builder().role(ConversationRole.USER).content(ContentBlock.fromText(
                        "Idea: " + idea + "\nPrompt: " + prompt)).build())
                .inferenceConfig(InferenceConfiguration.builder().maxTokens(400).temperature(0f).build()));
        StringBuilder text = new StringBuilder();
        for (ContentBlock block : response.output().message().content()) {
            if (block.text() != null) {
                text.append(block.text());
            }
        }
        return text.toString().strip();
    }

    @Override
    public String model() {
        return modelId;
    }

    @Override
    public void close() {
        client.close();
    }
}
