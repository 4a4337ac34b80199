package dev.videoagent.infra;

import dev.videoagent.handlers.http.LambdaPackage;
import java.nio.file.Path;
import java.util.List;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.constructs.Construct;

/**
 * The whole system in one stack, built from the same route table, environment variable names,
 * metric names and workflow file as the local runtime, and composed of one construct per concern,
 * each taking what it needs from the ones before it.
 *
 * <p>The order below is the order the resources appear in the template; keep it, so a refactoring
 * can be checked by comparing templates.
 */
public final class VideoAgentStack extends Stack {

    /** Where the build puts what the stack deploys, relative to the repository root. */
    public record Assets(Path root, Path lambdaJars, Path webRoot, Path renderTaskDir, Path workflowDefinition) {

        /** One deployment jar per package, each with only what its routes use. */
        public Path lambdaJar(LambdaPackage lambdaPackage) {
            return lambdaJars.resolve("functions-handlers-0.1.0-SNAPSHOT-" + lambdaPackage.classifier() + ".jar");
        }
    }

    private final Api api;

    VideoAgentStack(Construct scope, String id, StackProps props, Assets assets, RenderBackend backend) {
        super(scope, id, props);
        Network network = new Network(this, "Network");
        DataStores data = new DataStores(this, "DataStores", network);
        Media media = new Media(this, "Media");
        RenderCluster render = new RenderCluster(this, "Rendering", network, data, media, assets.renderTaskDir(),
                backend);
        RenderJobs renderJobs = new RenderJobs(this, "RenderJobs", assets.workflowDefinition(), network, render, media);
        Users users = new Users(this, "Accounts", media.pageOrigin());
        api = new Api(this, "PublicApi", assets::lambdaJar, network, data, media, renderJobs, users, backend);
        media.deployPage(assets.webRoot(), api.restApi().getUrl(), users.pageConfig());
        new Observability(this, "Observability", api.restApi(), renderJobs.stateMachine());
    }

    /** The zones this stack uses, named rather than looked up: synth needs no AWS account. */
    @Override
    public List<String> getAvailabilityZones() {
        return List.of(getRegion() + "a", getRegion() + "b");
    }

    public RestApi api() {
        return api.restApi();
    }
}
