package dev.videoagent.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code local/video-agent}: the command line of the local runtime. Sets up logging before any
 * logger exists, then runs one subcommand. User-facing messages go to stdout/stderr, not the log.
 */
public final class VideoAgentCli {

    static final String HOME_VARIABLE = "VIDEO_AGENT_HOME";

    private static final String USAGE = String.join("\n",
            "usage: video-agent <command> [options]",
            "",
            "commands:",
            "  serve [--port N] [--data DIR] [--render-failures N]",
            "                                 start the API, the page and embedded Mongo, Redis and S3",
            "                                 (port 8080 by default, 0 = any free port; data in ./data)",
            "  prompt \"<idea>\"                print the prompt generated for an idea, as JSON",
            "  render --prompt \"...\" --out FILE.webm [--width W --height H --fps F --duration S]",
            "         [--title \"...\"] [--fallback]",
            "                                 render a VP8 WebM (and FILE.jpg, its poster) in-process",
            "  bench [--quick] [prompt|api|suggestions|render|workflow]",
            "                                 benchmarks against their targets (all by default):",
            "                                 prompt engine latency; POST /api/prompts with durable writes,",
            "                                 1 and 16 clients; suggestions at 1k/10k/100k records;",
            "                                 render time vs the FFmpeg CLI and peak memory;",
            "                                 end-to-end render latency through the local workflow",
            "  help                           show this help");

    private VideoAgentCli() {
    }

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "video-agent-logback.xml");
        }
        int status = run(args, System.getenv(), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length == 0 || List.of("help", "-h", "--help").contains(args[0])) {
            out.println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (command) {
            case "serve":
                return ServeCommand.run(rest, env, home(env), out, err);
            case "prompt":
                return PromptCommand.run(rest, out, err);
            case "bench":
                return BenchCommand.run(rest, out, err);
            case "render":
                return RenderCommand.run(rest, out, err);
            default:
                err.println("video-agent: unknown command '" + command + "'\n\n" + USAGE);
                return 2;
        }
    }

    private static Path home(Map<String, String> env) {
        String home = env.get(HOME_VARIABLE);
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }
}
