package dev.videoagent.handlers.api;

/** JSON body of {@code POST /api/prompts}. */
public record GenerateRequest(String concept, Options options) {

    /** Optional settings; {@code rewrite} asks for the LLM polish when one is configured. */
    public record Options(Boolean rewrite) {
    }

    boolean rewrite() {
        return options != null && Boolean.TRUE.equals(options.rewrite());
    }
}
