package dev.videoagent.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/** The AwsSolutions pack finds nothing unsuppressed with either backend; every suppression in the stack says why. */
class CdkNagTest {

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"procedural", "comfyui", "bedrock-luma"})
    void theAwsSolutionsPackReportsNoErrorsAndNoWarnings(String backend) {
        App app = RenderBackendStackTest.app(backend.equals("comfyui") ? RenderBackendStackTest.COMFYUI
                : java.util.Map.of("videoagent:renderBackend", backend), out.resolve(backend));
        VideoAgentStack stack = InfraApp.build(app, Path.of(System.getProperty("videoagent.home", "..")));
        Aspects.of(app).add(AwsSolutionsChecks.Builder.create().verbose(true).build());
        var assembly = app.synth();
        // no context lookups: `cdk synth` works without an AWS account
        assertThat(assembly.getManifest().getMissing()).isNullOrEmpty();

        List<SynthesisMessage> errors = Annotations.fromStack(stack).findError("*",
                Match.stringLikeRegexp("AwsSolutions-.*"));
        List<SynthesisMessage> warnings = Annotations.fromStack(stack).findWarning("*",
                Match.stringLikeRegexp("AwsSolutions-.*"));
        assertThat(errors.stream().map(m -> m.getId() + " " + m.getEntry().getData()).toList()).isEmpty();
        // nor anything else that would stop `cdk synth`, such as a lookup that needs an AWS account
        assertThat(Annotations.fromStack(stack).findError("*", Match.anyValue()).stream()
                .map(m -> m.getId() + " " + m.getEntry().getData()).toList()).isEmpty();
        assertThat(warnings.stream().map(m -> m.getId() + " " + m.getEntry().getData()).toList()).isEmpty();
    }
}
