package dev.videoagent.core.prompt;

/**
 * Port: an optional LLM that polishes the rule-based prompt (Amazon Bedrock in AWS). Its output is
 * only a proposal: {@link RewriteGuard} decides whether it may replace the rule-based prompt.
 */
public interface PromptRewriter {

    /** The model's rewrite of {@code prompt} for the person's {@code idea}; throws when the model fails. */
    String rewrite(String idea, String prompt);

    /** The model id, reported in responses. */
    String model();
}
