package dev.videoagent.infra;

import dev.videoagent.core.config.WorkflowFiles;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.nio.file.Path;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/**
 * CDK entry point: the whole system in one stack. Account and region come from context (defaults
 * in cdk.json, so synth needs no AWS account); the assets are the ones Maven built beforehand.
 */
public final class InfraApp {

    private InfraApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        build(app, Path.of(contextOr(app, "videoagent:root", "..")));
        // cdk-nag's AwsSolutions pack runs on every synth; findings fail the build (see NagReasons)
        Aspects.of(app).add(AwsSolutionsChecks.Builder.create().build());
        app.synth();
    }

    static VideoAgentStack build(App app, Path root) {
        String account = contextOr(app, "videoagent:account", "000000000000");
        String region = contextOr(app, "videoagent:region", "us-east-1");
        VideoAgentStack stack = new VideoAgentStack(app, "VideoPromptAgent", StackProps.builder()
                .env(Environment.builder().account(account).region(region).build())
                .description("Video Prompt Agent: prompt API, render workflow on ECS, page")
                .build(), assets(root), RenderBackend.fromContext(key -> java.util.Optional.ofNullable(
                        app.getNode().tryGetContext(key)).map(Object::toString)));
        NagReasons.apply(stack);
        return stack;
    }

    static VideoAgentStack.Assets assets(Path root) {
        Path r = root.toAbsolutePath().normalize();
        return new VideoAgentStack.Assets(r,
                r.resolve("functions/handlers/target"),
                r.resolve("web-static"), r.resolve("workflow/render-task"), r.resolve(WorkflowFiles.DEFINITION));
    }

    private static String contextOr(App app, String key, String fallback) {
        Object value = app.getNode().tryGetContext(key);
        return value == null ? fallback : value.toString();
    }
}
