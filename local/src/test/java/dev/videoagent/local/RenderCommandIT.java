package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code video-agent render}: a video and its poster on disk, and the JSON summary. */
class RenderCommandIT {

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private static Result cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = VideoAgentCli.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void rendersTheVideoAndPosterAndPrintsTheSummary() throws Exception {
        Path out = dir.resolve("fireworks.webm");
        Result result = cli("render", "--prompt", "fireworks over the harbor at night", "--out", out.toString(),
                "--width", "640", "--height", "360", "--fps", "30", "--duration", "5", "--title", "불꽃놀이");

        assertThat(result.status()).as(result.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(result.out());
        assertThat(summary.get("frames").asInt()).isEqualTo(150);
        assertThat(summary.get("seconds").asDouble()).isEqualTo(5.0);
        assertThat(summary.get("fps").asInt()).isEqualTo(30);
        assertThat(summary.get("fpsAchieved").asDouble()).isPositive();
        assertThat(summary.get("mode").asText()).isEqualTo("render");
        assertThat(Files.size(out)).isEqualTo(summary.get("bytes").asLong());
        assertThat(dir.resolve("fireworks.jpg")).exists();
    }

    @Test
    void theFallbackFlagRendersTheDefaultAnimation() {
        Result result = cli("render", "--prompt", "🎄", "--out", dir.resolve("f.webm").toString(), "--width", "640",
                "--height", "360", "--duration", "5", "--fallback");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"mode\":\"fallback\"");
    }

    @Test
    void theContactSheetHasOneNamedFrameForEveryBackdropAndFigure() throws Exception {
        Path sheet = dir.resolve("sheet.png");
        Result result = cli("contact-sheet", "--out", sheet.toString());

        assertThat(result.status()).as(result.err()).isZero();
        int cells = dev.videoagent.core.model.Backdrop.values().length + 1 + dev.videoagent.core.model.Figure.values().length;
        assertThat(new ObjectMapper().readTree(result.out()).get("cells").asInt()).isEqualTo(cells);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(sheet.toFile());
        assertThat(image.getWidth()).isEqualTo(6 * 320);
        assertThat(image.getHeight()).isEqualTo((cells + 5) / 6 * (180 + 18));
    }

    @Test
    void badArgumentsExitTwoWithTheReason() {
        assertThat(cli("render", "--out", "x.webm").err()).contains("Missing required option: '--prompt=TEXT'");
        assertThat(cli("render", "--prompt", "a", "--out", "x.mp4").status()).isEqualTo(2);
        Result size = cli("render", "--prompt", "a", "--out", dir.resolve("x.webm").toString(), "--width", "100");
        assertThat(size.status()).isEqualTo(2);
        assertThat(size.err()).contains("--width must be 640..1920, got 100");
        assertThat(cli("render", "--prompt", "a", "--out", "x.webm", "--fps", "many").err()).contains("--fps");
        assertThat(cli("render", "--prompt", "a", "--out", "x.webm", "--bogus").status()).isEqualTo(2);
    }
}
