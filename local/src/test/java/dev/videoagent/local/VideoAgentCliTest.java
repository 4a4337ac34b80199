package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VideoAgentCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return VideoAgentCli.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void renderWithoutArgumentsPrintsItsUsage() {
        assertThat(run("render")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: video-agent render --prompt");
    }

    @Test
    void promptPrintsTheGenerateResponseAsJson() throws Exception {
        assertThat(run("prompt", "귀여운 강아지가 뛰노는 밝은 영상")).isZero();

        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("prompt").asText()).startsWith("A cute puppy").contains("running").contains("bright");
        assertThat(json.get("language").asText()).isEqualTo("ko");
        assertThat(json.get("category").asText()).isEqualTo("animals");
        assertThat(json.get("stored").asBoolean()).isFalse();
        assertThat(run("prompt")).isEqualTo(2);
        assertThat(run("prompt", "가".repeat(501))).isEqualTo(2);
    }

    @Test
    void helpAndUnknownCommands() {
        assertThat(run("help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("serve [--port N] [--data DIR]");
        assertThat(run("explode")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'explode'");
    }

    @Test
    void serveRejectsBadOptionsBeforeStartingAnything() {
        assertThat(run("serve", "--port", "http")).isEqualTo(2);
        assertThat(run("serve", "--port", "70000")).isEqualTo(2);
        assertThat(run("serve", "--verbose")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--port must be a number").contains("--port must be 0..65535")
                .contains("unknown option '--verbose'");
    }

    @Test
    void serveDefaultsToPort8080AndDirectoriesUnderHome() {
        LocalOptions options = ServeCommand.parse(List.of(), Path.of("/opt/agent"));

        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.host()).isEqualTo("127.0.0.1");
        assertThat(options.dataDir()).isEqualTo(Path.of("/opt/agent/data"));
        assertThat(options.workflowDefinition()).isEqualTo(Path.of("/opt/agent/workflow/render-workflow.asl.json"));
        assertThat(options.renderFailures()).isZero();
        assertThat(ServeCommand.parse(List.of("--render-failures", "4"), Path.of("/x")).renderFailures()).isEqualTo(4);
        assertThatThrownBy(() -> ServeCommand.parse(List.of("--render-failures", "11"), Path.of("/x")))
                .hasMessageContaining("0..10");
        assertThat(options.webRoot()).isEqualTo(Path.of("/opt/agent/web-static"));
        assertThat(ServeCommand.parse(List.of("--port", "0", "--data", "/tmp/d"), Path.of("/x")))
                .extracting(LocalOptions::port, LocalOptions::dataDir).containsExactly(0, Path.of("/tmp/d"));
        assertThatThrownBy(() -> ServeCommand.parse(List.of("--data"), Path.of("/x")))
                .hasMessage("--data needs a value");
    }
}
