package dev.videoagent.core.port;

/**
 * Port: an optional LLM that polishes the rule-based prompt (Amazon Bedrock in AWS). Its output is
 * only a proposal: the engine's {@code RewriteGuard} decides whether it may replace the rule-based prompt.
 */
public interface PromptRewriter extends AutoCloseable {

    /** What every model is asked; the guard checks the answer against the same rules. */
    String INSTRUCTIONS = "You polish prompts for a text-to-video model. Rewrite the given prompt "
            + "as one fluent English description under 450 characters: keep every subject, action, place, time, "
            + "weather, lighting, camera and style term; add nothing the idea did not ask for; never mention what "
            + "the prompt leaves out; present tense; positive wording; no Korean; no lists, no quotes, no preamble. "
            + "Answer with the prompt only.";

    /** The model's rewrite of {@code prompt} for the person's {@code idea}; throws when the model fails. */
    String rewrite(String idea, String prompt);

    /** The model id, reported in responses. */
    String model();

    /** Releases the model's connection. */
    @Override
    default void close() {
    }
}
