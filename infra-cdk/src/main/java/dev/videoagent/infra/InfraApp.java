package dev.videoagent.infra;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/** CDK entry point. The stacks are built in issue 8; for now the app synthesizes one empty stack. */
public final class InfraApp {

    private InfraApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        String account = contextOr(app, "videoagent:account", "000000000000");
        String region = contextOr(app, "videoagent:region", "us-east-1");
        new Stack(app, "VideoPromptAgent", StackProps.builder()
                .env(Environment.builder().account(account).region(region).build())
                .description("Video Prompt Agent")
                .build());
        app.synth();
    }

    private static String contextOr(App app, String key, String fallback) {
        Object value = app.getNode().tryGetContext(key);
        return value == null ? fallback : value.toString();
    }
}
