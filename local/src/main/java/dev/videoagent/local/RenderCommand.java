package dev.videoagent.local;

import static dev.videoagent.local.VideoAgentCli.inRange;

import dev.videoagent.core.error.ValidationException;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.handlers.http.JsonCodec;
import dev.videoagent.render.PromptVideoRenderer;
import dev.videoagent.render.RenderFailedException;
import dev.videoagent.render.RenderResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code video-agent render --prompt "..." --out file.webm [...]}: renders in this process and prints
 * a JSON summary (frames, seconds, fps achieved). The poster is written next to the video as .jpg.
 */
@Command(name = "render", sortOptions = false, sortSynopsis = false,
        defaultValueProvider = RenderCommand.Defaults.class,
        description = "Render a VP8 WebM (and FILE.jpg, its poster) in-process and print a JSON summary.")
final class RenderCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--prompt", required = true, paramLabel = "TEXT", description = "the video prompt")
    private String prompt;

    @Option(names = "--out", required = true, paramLabel = "FILE.webm", description = "the video to write")
    private Path out;

    @Option(names = "--width", paramLabel = "W", description = "width in pixels, "
            + RenderSettings.MIN_WIDTH + ".." + RenderSettings.MAX_WIDTH + ", even (default: ${DEFAULT-VALUE})")
    private int width;

    @Option(names = "--height", paramLabel = "H", description = "height in pixels, "
            + RenderSettings.MIN_HEIGHT + ".." + RenderSettings.MAX_HEIGHT + ", even (default: ${DEFAULT-VALUE})")
    private int height;

    @Option(names = "--fps", paramLabel = "F", description = "frames per second, "
            + RenderSettings.MIN_FPS + ".." + RenderSettings.MAX_FPS + " (default: ${DEFAULT-VALUE})")
    private int fps;

    @Option(names = "--duration", paramLabel = "S", description = "length in seconds, "
            + RenderSettings.MIN_SECONDS + ".." + RenderSettings.MAX_SECONDS + " (default: ${DEFAULT-VALUE})")
    private int duration;

    @Option(names = "--title", paramLabel = "TEXT", description = "a caption drawn over the video")
    private String title;

    @Option(names = "--fallback", description = "render the default animation, as the workflow's fallback does")
    private boolean fallback;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    private boolean help;

    private final PrintStream stdout;
    private final PrintStream stderr;

    RenderCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** The parsed size, length and frame rate, each checked against what the renderer supports. */
    RenderSettings settings() {
        inRange(spec, "--width", width, RenderSettings.MIN_WIDTH, RenderSettings.MAX_WIDTH);
        inRange(spec, "--height", height, RenderSettings.MIN_HEIGHT, RenderSettings.MAX_HEIGHT);
        inRange(spec, "--fps", fps, RenderSettings.MIN_FPS, RenderSettings.MAX_FPS);
        inRange(spec, "--duration", duration, RenderSettings.MIN_SECONDS, RenderSettings.MAX_SECONDS);
        try {
            return new RenderSettings(duration, width, height, fps);
        } catch (ValidationException e) { // odd sizes
            throw new ParameterException(spec.commandLine(), "--width and --height: " + e.getMessage());
        }
    }

    Path video() {
        Path video = out.toAbsolutePath();
        if (video.getFileName() == null || !video.getFileName().toString().endsWith(".webm")) {
            throw new ParameterException(spec.commandLine(), "--out must name a .webm file, got '" + out + "'");
        }
        return video;
    }

    boolean fallback() {
        return fallback;
    }

    Optional<String> title() {
        return Optional.ofNullable(title);
    }

    @Override
    public Integer call() {
        if (prompt.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--prompt must not be blank");
        }
        Path video = video();
        RenderSettings settings = settings();
        String name = video.getFileName().toString();
        Path poster = video.resolveSibling(name.substring(0, name.length() - ".webm".length()) + ".jpg");
        try {
            RenderResult result = PromptVideoRenderer.createDefault().render(prompt, title(), settings, fallback,
                    video, poster, (done, total) -> { });
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("video", result.video().toString());
            summary.put("poster", result.poster().toString());
            summary.put("mode", fallback ? "fallback" : "render");
            summary.put("width", settings.width());
            summary.put("height", settings.height());
            summary.put("frames", result.frames());
            summary.put("seconds", result.videoSeconds());
            summary.put("fps", settings.fps());
            summary.put("renderSeconds", Math.round(result.renderSeconds() * 1000) / 1000.0);
            summary.put("fpsAchieved", Math.round(result.fpsAchieved() * 10) / 10.0);
            summary.put("bytes", result.videoBytes());
            stdout.println(JsonCodec.write(summary));
            return 0;
        } catch (RenderFailedException e) {
            stderr.println("video-agent render: " + e.getMessage());
            return 1;
        }
    }

    /** The defaults are the renderer's own ({@link RenderSettings#DEFAULT}), not copies of them. */
    static final class Defaults implements IDefaultValueProvider {
        @Override
        public String defaultValue(ArgSpec argument) {
            if (!(argument instanceof OptionSpec option)) {
                return null;
            }
            RenderSettings defaults = RenderSettings.DEFAULT;
            return switch (option.longestName()) {
                case "--width" -> Integer.toString(defaults.width());
                case "--height" -> Integer.toString(defaults.height());
                case "--fps" -> Integer.toString(defaults.fps());
                case "--duration" -> Integer.toString(defaults.durationSeconds());
                default -> null;
            };
        }
    }
}
