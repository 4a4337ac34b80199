package dev.videoagent.core.model;

/** What the optional LLM rewrite did: not requested, used, or rejected with the reason. */
public record RewriteOutcome(String status, String reason, String model) {

    public static final RewriteOutcome OFF = new RewriteOutcome("off", null, null);

    public static RewriteOutcome used(String model) {
        return new RewriteOutcome("used", null, model);
    }

    public static RewriteOutcome rejected(String reason, String model) {
        return new RewriteOutcome("rejected", reason, model);
    }
}
