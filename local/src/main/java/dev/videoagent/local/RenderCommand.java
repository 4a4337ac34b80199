package dev.videoagent.local;

import dev.videoagent.core.error.ValidationException;
import dev.videoagent.core.render.RenderSettings;
import dev.videoagent.handlers.http.JsonCodec;
import dev.videoagent.render.PromptVideoRenderer;
import dev.videoagent.render.RenderFailedException;
import dev.videoagent.render.RenderResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code video-agent render --prompt "..." --out file.webm [...]}: renders in this process and prints
 * a JSON summary (frames, seconds, fps achieved). The poster is written next to the video as .jpg.
 */
final class RenderCommand {

    private static final Set<String> VALUED = Set.of("--prompt", "--out", "--width", "--height", "--fps", "--duration",
            "--title");
    private static final String USAGE = "usage: video-agent render --prompt \"...\" --out FILE.webm [--width W]"
            + " [--height H] [--fps F] [--duration S] [--title \"...\"] [--fallback]";

    private RenderCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        boolean fallback = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--fallback")) {
                fallback = true;
            } else if (VALUED.contains(arg) && i + 1 < args.size()) {
                options.put(arg, args.get(++i));
            } else {
                err.println("video-agent render: unexpected '" + arg + "'\n" + USAGE);
                return 2;
            }
        }
        if (!options.containsKey("--prompt") || options.get("--prompt").isBlank() || !options.containsKey("--out")) {
            err.println("video-agent render: --prompt and --out are required\n" + USAGE);
            return 2;
        }
        Path video = Path.of(options.get("--out")).toAbsolutePath();
        if (!video.getFileName().toString().endsWith(".webm")) {
            err.println("video-agent render: --out must name a .webm file");
            return 2;
        }
        RenderSettings settings;
        try {
            RenderSettings d = RenderSettings.DEFAULT;
            settings = new RenderSettings(number(options, "--duration", d.durationSeconds()),
                    number(options, "--width", d.width()), number(options, "--height", d.height()),
                    number(options, "--fps", d.fps()));
        } catch (ValidationException e) {
            err.println("video-agent render: " + e.getMessage());
            return 2;
        }
        String name = video.getFileName().toString();
        Path poster = video.resolveSibling(name.substring(0, name.length() - ".webm".length()) + ".jpg");
        try {
            RenderResult result = PromptVideoRenderer.createDefault().render(options.get("--prompt"),
                    Optional.ofNullable(options.get("--title")), settings, fallback, video, poster, (done, total) -> { });
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
            out.println(JsonCodec.write(summary));
            return 0;
        } catch (RenderFailedException e) {
            err.println("video-agent render: " + e.getMessage());
            return 1;
        }
    }

    private static int number(Map<String, String> options, String name, int fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(name + " must be a whole number, got '" + value + "'.");
        }
    }
}
