package dev.videoagent.handlers.http;

/**
 * The deployment packages: each Lambda function ships the one its route kind belongs to, holding only the
 * libraries those routes use (no Lucene outside {@link #PROMPT}, no Step Functions outside {@link #RENDERS}).
 */
public enum LambdaPackage {
    PROMPT("prompt"),
    RENDERS("renders"),
    HISTORY("history"),
    HEALTH("health");

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
