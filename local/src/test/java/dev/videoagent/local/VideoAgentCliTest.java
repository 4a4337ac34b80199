package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.model.Target;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

class VideoAgentCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return VideoAgentCli.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Parses as {@code video-agent ARGS} does, with VIDEO_AGENT_HOME=/opt/agent, and returns the subcommand. */
    @SuppressWarnings("unchecked")
    private <T> T parse(String... args) {
        ParseResult parsed = VideoAgentCli.commandLine(Map.of(VideoAgentCli.HOME_VARIABLE, "/opt/agent"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .parseArgs(args);
        return (T) parsed.subcommand().commandSpec().userObject();
    }

    @Test
    void renderWithoutArgumentsPrintsItsUsage() {
        assertThat(run("render")).isEqualTo(2);
        assertThat(err()).contains("Missing required options: '--prompt=TEXT', '--out=FILE.webm'")
                .contains("Usage: video-agent render");
    }

    @Test
    void promptPrintsTheGenerateResponseAsJson() throws Exception {
        assertThat(run("prompt", "귀여운 강아지가 뛰노는 밝은 영상")).isZero();

        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out());
        assertThat(json.get("prompt").asText()).startsWith("A cute puppy").contains("running").contains("bright");
        assertThat(json.get("language").asText()).isEqualTo("ko");
        assertThat(json.get("category").asText()).isEqualTo("animals");
        assertThat(json.get("stored").asBoolean()).isFalse();
        assertThat(run("prompt")).isEqualTo(2);
        assertThat(err()).contains("Missing required parameter: 'IDEA'");
        assertThat(run("prompt", "가".repeat(501))).isEqualTo(2);
    }

    @Test
    void helpListsTheCommandsAndUnknownCommandsExitTwo() {
        assertThat(run("help")).isZero();
        assertThat(out()).contains("Usage: video-agent [-h] COMMAND");
        for (String command : List.of("serve", "prompt", "render", "contact-sheet", "bench", "help")) {
            assertThat(out()).containsPattern("(?m)^  " + command + " ");
        }
        out.reset();
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("serve").contains("bench");
        out.reset();
        assertThat(run()).isEqualTo(2);
        assertThat(out()).contains("Usage: video-agent [-h] COMMAND");
        assertThat(run("explode")).isEqualTo(2);
        assertThat(err()).contains("video-agent: unknown command 'explode'");
    }

    @Test
    void everyCommandHasGeneratedHelp() {
        assertThat(run("serve", "--help")).isZero();
        assertThat(out()).contains("Usage: video-agent serve").contains("--port=P").contains("--data=DIR")
                .contains("--render-failures=N").contains("(default: 8080)").doesNotContain("--web-root");
        assertThat(run("help", "prompt")).isZero();
        assertThat(out()).contains("Usage: video-agent prompt").contains("--target=TARGET")
                .contains("generic, wan, ltx,").contains("hunyuan, luma (default: generic)");
        assertThat(run("render", "-h")).isZero();
        assertThat(out()).contains("--width=W").contains("(default: 1280)").contains("--fallback")
                .contains("--duration=S").contains("(default: 10)");
        assertThat(run("bench", "--help")).isZero();
        assertThat(out()).contains("--quick").contains("prompt, api, suggestions, render, workflow");
        assertThat(err()).isEmpty();
    }

    @Test
    void serveDefaultsToPort8080AndDirectoriesUnderHome() {
        LocalOptions options = this.<ServeCommand>parse("serve").options();

        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.host()).isEqualTo("127.0.0.1");
        assertThat(options.dataDir()).isEqualTo(Path.of("/opt/agent/data"));
        assertThat(options.webRoot()).isEqualTo(Path.of("/opt/agent/web-static"));
        assertThat(options.workflowDefinition()).isEqualTo(Path.of("/opt/agent/workflow/render-workflow.asl.json"));
        assertThat(options.renderFailures()).isZero();
    }

    @Test
    void serveFlagsParseToTheirOptions() {
        LocalOptions options = this.<ServeCommand>parse("serve", "--port", "0", "--data", "/tmp/d", "--web-root", "/w",
                "--render-failures", "4").options();

        assertThat(options).extracting(LocalOptions::port, LocalOptions::dataDir, LocalOptions::webRoot,
                LocalOptions::renderFailures).containsExactly(0, Path.of("/tmp/d"), Path.of("/w"), 4);
        assertThat(this.<ServeCommand>parse("serve", "--port=65535", "--port", "9090").options().port())
                .as("the last one wins").isEqualTo(9090);
        assertThatThrownBy(() -> this.<ServeCommand>parse("serve", "--render-failures", "11").options())
                .isInstanceOf(ParameterException.class).hasMessage("--render-failures must be 0..10, got 11");
        assertThatThrownBy(() -> parse("serve", "--data")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("--data");
    }

    @Test
    void serveRejectsBadOptionsBeforeStartingAnything() {
        assertThat(run("serve", "--port", "http")).isEqualTo(2);
        assertThat(run("serve", "--port", "70000")).isEqualTo(2);
        assertThat(run("serve", "--port", "-1")).isEqualTo(2);
        assertThat(run("serve", "--render-failures", "-1")).isEqualTo(2);
        assertThat(run("serve", "--render-failures", "many")).isEqualTo(2);
        assertThat(run("serve", "--verbose")).isEqualTo(2);
        assertThat(run("serve", "--data")).isEqualTo(2);
        assertThat(err())
                .contains("video-agent serve: Invalid value for option '--port': 'http' is not an int")
                .contains("video-agent serve: --port must be 0..65535, got 70000")
                .contains("--port must be 0..65535, got -1")
                .contains("--render-failures must be 0..10, got -1")
                .contains("Invalid value for option '--render-failures': 'many' is not an int")
                .contains("Unknown option: '--verbose'")
                .contains("Missing required parameter for option '--data'")
                .contains("Usage: video-agent serve");
        assertThat(out()).isEmpty();
    }

    @Test
    void promptFlagsParseToTheirOptions() {
        PromptCommand prompt = parse("prompt", "--target", "wan", "눈", "내리는", "산타마을");
        assertThat(prompt.target()).isEqualTo(Target.fromKey("wan").orElseThrow());
        assertThat(prompt.idea()).isEqualTo("눈 내리는 산타마을");
        assertThat(this.<PromptCommand>parse("prompt", "a red car", "--target=ltx").target())
                .isEqualTo(Target.fromKey("ltx").orElseThrow());
        assertThat(this.<PromptCommand>parse("prompt", "a red car").target()).isEqualTo(Target.GENERIC);
        assertThat(this.<PromptCommand>parse("prompt", "-5도의", "겨울").idea()).as("ideas are free text")
                .isEqualTo("-5도의 겨울");

        assertThat(run("prompt", "--target", "sora", "a red car")).isEqualTo(2);
        assertThat(run("prompt", "a red car", "--target")).isEqualTo(2);
        assertThat(err()).contains("Invalid value for option '--target': 'sora' is not one of generic, wan, ltx")
                .contains("Missing required parameter for option '--target'");
        assertThat(out()).isEmpty();
    }

    @Test
    void renderFlagsParseToTheirOptions() {
        RenderCommand render = parse("render", "--prompt", "fireworks", "--out", "/tmp/f.webm", "--width", "640",
                "--height", "360", "--fps", "30", "--duration", "5", "--title", "불꽃놀이", "--fallback");
        assertThat(render.settings()).isEqualTo(new RenderSettings(5, 640, 360, 30));
        assertThat(render.video()).isEqualTo(Path.of("/tmp/f.webm"));
        assertThat(render.title()).contains("불꽃놀이");
        assertThat(render.fallback()).isTrue();

        RenderCommand defaults = parse("render", "--prompt", "fireworks", "--out", "/tmp/f.webm");
        assertThat(defaults.settings()).isEqualTo(RenderSettings.DEFAULT);
        assertThat(defaults.title()).isEmpty();
        assertThat(defaults.fallback()).isFalse();
    }

    @Test
    void renderRejectsBadValuesNamingTheOption() {
        String[] valid = {"render", "--prompt", "a", "--out", "x.webm"};
        for (String[] bad : List.of(new String[] {"--width", "100"}, new String[] {"--height", "2000"},
                new String[] {"--fps", "0"}, new String[] {"--duration", "99"}, new String[] {"--fps", "many"},
                new String[] {"--width", "641"}, new String[] {"--bogus"})) {
            String[] args = java.util.stream.Stream.concat(List.of(valid).stream(), List.of(bad).stream())
                    .toArray(String[]::new);
            err.reset();
            assertThat(run(args)).as(String.join(" ", bad)).isEqualTo(2);
            assertThat(err()).as(String.join(" ", bad)).contains(bad[0]).contains("Usage: video-agent render");
        }
        assertThat(err()).contains("Unknown option: '--bogus'");
        err.reset();
        assertThat(run("render", "--prompt", "a", "--out", "x.webm", "--width", "100")).isEqualTo(2);
        assertThat(err()).contains("--width must be 640..1920, got 100");
        assertThat(run("render", "--prompt", "a", "--out", "x.mp4")).isEqualTo(2);
        assertThat(err()).contains("--out must name a .webm file");
        assertThat(run("render", "--prompt", " ", "--out", "x.webm")).isEqualTo(2);
        assertThat(err()).contains("--prompt must not be blank");
        assertThat(out()).isEmpty();
    }

    @Test
    void benchNamesParseAndUnknownOnesExitTwo() {
        BenchCommand all = parse("bench");
        assertThat(all.quick()).isFalse();
        assertThat(all.benchmarks()).containsExactly("prompt", "api", "suggestions", "render", "workflow");
        BenchCommand some = parse("bench", "--quick", "render", "prompt");
        assertThat(some.quick()).isTrue();
        assertThat(some.benchmarks()).containsExactly("render", "prompt");

        assertThat(run("bench", "explode")).isEqualTo(2);
        assertThat(err()).contains("video-agent bench: unknown benchmark 'explode' (prompt, api, suggestions");
        assertThat(run("bench", "--fast")).isEqualTo(2);
        assertThat(err()).contains("Unknown option: '--fast'");
        assertThat(out()).isEmpty();
    }
}
