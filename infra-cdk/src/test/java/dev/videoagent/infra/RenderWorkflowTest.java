package dev.videoagent.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoagent.core.config.WorkflowFiles;
import dev.videoagent.core.config.WorkflowSubstitutions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/** CDK deploys exactly the file the local executor runs. */
class RenderWorkflowTest {

    private static final Path ROOT = Path.of(System.getProperty("videoagent.home", ".."));

    @org.junit.jupiter.api.io.TempDir
    Path out;

    @Test
    void theDeployedDefinitionIsTheLocalDefinitionFile() throws Exception {
        Path file = ROOT.resolve(WorkflowFiles.DEFINITION);
        String text = Files.readString(file);
        Map<String, String> substitutions = new java.util.TreeMap<>();
        Matcher m = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}").matcher(text);
        while (m.find()) {
            substitutions.put(m.group(1), "value-of-" + m.group(1));
        }
        App app = new App(software.amazon.awscdk.AppProps.builder().outdir(out.toString()).build());
        Stack stack = new Stack(app, "Test");
        new RenderWorkflow(stack, "RenderWorkflow", file,
                software.amazon.awscdk.services.logs.LogGroup.Builder.create(stack, "Logs").build(), substitutions);

        JsonNode template = new ObjectMapper().valueToTree(Template.fromStack(stack).toJSON());
        JsonNode machine = null;
        for (JsonNode resource : template.get("Resources")) {
            if (resource.get("Type").asText().equals("AWS::StepFunctions::StateMachine")) {
                machine = resource.get("Properties");
            }
        }
        assertThat(machine).isNotNull();
        // fromFile ships the file as an asset: the staged asset is our file, byte for byte
        app.synth();
        String key = machine.get("DefinitionS3Location").get("Key").asText();
        assertThat(Files.readString(out.resolve("asset." + key))).isEqualTo(text);
        TreeSet<String> deployed = new TreeSet<>();
        machine.get("DefinitionSubstitutions").fieldNames().forEachRemaining(deployed::add);
        assertThat(deployed).isEqualTo(substitutions.keySet());
        // the file's placeholders are exactly the keys the stack and the local runtime fill in
        assertThat(substitutions.keySet()).containsExactlyInAnyOrderElementsOf(WorkflowSubstitutions.ALL);
    }
}
