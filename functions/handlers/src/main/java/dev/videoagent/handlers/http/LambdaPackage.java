package dev.videoagent.handlers.http;

/**
 * The deployment packages: each Lambda function ships the one its route kind belongs to, holding only the
 * libraries those routes use (no Lucene or Bedrock outside {@link #PROMPT}, no Redis in {@link #HISTORY}).
 * Health probes the same stores the render routes use, so it ships their package.
 */
public enum LambdaPackage {
    PROMPT("prompt"),
    RENDERS("renders"),
    HISTORY("history");

    private final String id;

    LambdaPackage(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The shaded jar's classifier in {@code functions/handlers/target}. */
    public String classifier() {
        return "lambda-" + id;
    }
}
