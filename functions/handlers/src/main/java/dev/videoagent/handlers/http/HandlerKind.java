package dev.videoagent.handlers.http;

import dev.videoagent.core.config.ConfigException;
import dev.videoagent.core.config.EnvVar;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One Lambda function per kind. Every function runs {@code ApiFunction}, which reads its kind from
 * {@link EnvVar#ROUTE_KIND} (set by the CDK app to {@link #functionName()}); the local runtime wires every kind.
 */
public enum HandlerKind {
    HEALTH("health", LambdaPackage.RENDERS),
    GENERATE("generate", LambdaPackage.PROMPT),
    DIFF("diff", LambdaPackage.PROMPT),
    HISTORY("history", LambdaPackage.HISTORY),
    SUGGEST("suggest", LambdaPackage.PROMPT),
    PROMPT_VERSIONS("prompt-versions", LambdaPackage.HISTORY),
    COMPARE_VERSIONS("compare-versions", LambdaPackage.HISTORY),
    REVERT("revert", LambdaPackage.PROMPT),
    LABEL("label", LambdaPackage.RENDERS),
    RATE_VERSION("rate-version", LambdaPackage.RENDERS),
    RATE_RENDER("rate-render", LambdaPackage.RENDERS),
    START_RENDER("start-render", LambdaPackage.RENDERS),
    GET_RENDER("get-render", LambdaPackage.RENDERS),
    CANCEL_RENDER("cancel-render", LambdaPackage.RENDERS),
    ROUTE_NOT_FOUND("route-not-found", LambdaPackage.HISTORY);

    private final String functionName;
    private final LambdaPackage lambdaPackage;

    HandlerKind(String functionName, LambdaPackage lambdaPackage) {
        this.functionName = functionName;
        this.lambdaPackage = lambdaPackage;
    }

    /** Short name used for the Lambda function, its log group and {@link EnvVar#ROUTE_KIND}. */
    public String functionName() {
        return functionName;
    }

    /** The deployment package this kind's function ships. */
    public LambdaPackage lambdaPackage() {
        return lambdaPackage;
    }

    /** The kind an environment names; a missing or unknown name fails at start-up, naming the variable. */
    public static HandlerKind fromEnv(Map<String, String> env) {
        String name = env.get(EnvVar.ROUTE_KIND);
        if (name == null || name.isBlank()) {
            throw new ConfigException(EnvVar.ROUTE_KIND, "is required (the route kind this function serves)");
        }
        return Arrays.stream(values()).filter(k -> k.functionName.equals(name.trim())).findFirst()
                .orElseThrow(() -> new ConfigException(EnvVar.ROUTE_KIND, "must be one of "
                        + Arrays.stream(values()).map(HandlerKind::functionName).collect(Collectors.joining(", "))));
    }
}
