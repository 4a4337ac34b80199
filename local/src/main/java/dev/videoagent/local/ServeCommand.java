package dev.videoagent.local;

import dev.videoagent.core.config.WorkflowFiles;
import dev.videoagent.core.config.ConfigException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code video-agent serve}: runs until Ctrl-C or SIGTERM, then stops every server it started. */
final class ServeCommand {

    private ServeCommand() {
    }

    static int run(List<String> args, Map<String, String> env, Path home, PrintStream out, PrintStream err) {
        LocalOptions options;
        try {
            options = parse(args, home);
        } catch (IllegalArgumentException e) {
            err.println("video-agent serve: " + e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        LocalRuntime runtime;
        try {
            runtime = LocalRuntime.start(options, env);
        } catch (ConfigException e) {
            err.println("video-agent serve: configuration error: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof BindException) {
                err.println("video-agent serve: cannot listen on " + options.host() + ":" + options.port()
                        + " (" + e.getCause().getMessage() + "); choose another with --port");
            } else {
                err.println("video-agent serve: cannot start: " + e.getMessage());
            }
            return 1;
        } catch (RuntimeException | LinkageError e) {
            err.println("video-agent serve: cannot start: " + e);
            return 1;
        }
        long startMillis = (System.nanoTime() - started) / 1_000_000;
        long jvmMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            stopped.countDown();
        }, "video-agent-shutdown"));
        out.println("Video Prompt Agent is ready at http://localhost:" + runtime.port()
                + "/ (started in " + startMillis + " ms, " + jvmMillis + " ms since JVM start; data in "
                + options.dataDir() + "). Press Ctrl-C to stop.");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    static LocalOptions parse(List<String> args, Path home) {
        int port = LocalOptions.DEFAULT_PORT;
        Path data = home.resolve("data");
        Path webRoot = home.resolve("web-static");
        int renderFailures = 0;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--port" -> port = parsePort(value(args, ++i, arg));
                case "--data" -> data = Path.of(value(args, ++i, arg));
                case "--web-root" -> webRoot = Path.of(value(args, ++i, arg));
                case "--render-failures" -> renderFailures = parseFailures(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
        return new LocalOptions(LocalOptions.LOOPBACK, port, data, webRoot).withRenderFailures(renderFailures)
                .withWorkflowDefinition(home.resolve(WorkflowFiles.DEFINITION));
    }

    /** Local fault injection: the first N render task runs of every execution fail (5 fails the fallback too). */
    private static int parseFailures(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n < 0 || n > 10) {
                throw new IllegalArgumentException("--render-failures must be 0..10, got " + text);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--render-failures must be a number, got '" + text + "'");
        }
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port must be 0..65535, got " + text);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, got '" + text + "'");
        }
    }
}
