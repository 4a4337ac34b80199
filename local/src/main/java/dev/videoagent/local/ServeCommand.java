package dev.videoagent.local;

import static dev.videoagent.local.VideoAgentCli.inRange;

import dev.videoagent.core.config.ConfigException;
import dev.videoagent.core.config.WorkflowFiles;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code video-agent serve}: runs until Ctrl-C or SIGTERM, then stops every server it started. */
@Command(name = "serve", sortOptions = false, sortSynopsis = false,
        description = {"Start the API, the page and embedded Mongo, Redis and S3; runs until Ctrl-C or SIGTERM."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", defaultValue = "" + LocalOptions.DEFAULT_PORT,
            description = "the port on 127.0.0.1, 0..65535; 0 = any free port (default: ${DEFAULT-VALUE})")
    private int port;

    @Option(names = "--data", paramLabel = "DIR",
            description = "the data directory (default: data in the repository root)")
    private Path data;

    // the page's files; for tests that run the jar outside the installation
    @Option(names = "--web-root", paramLabel = "DIR", hidden = true)
    private Path webRoot;

    @Option(names = "--render-failures", paramLabel = "N", defaultValue = "0",
            description = "fault injection, 0..10: the first N render task runs of every job fail"
                + " (2 retries, 4 falls back, 5 fails; default: ${DEFAULT-VALUE})")
    private int renderFailures;

    @Option(names = "--users", description = "several people: each signs in through a local OIDC server started"
            + " with the runtime (a development server: it signs in whoever gives a name); default: one local user,"
            + " no sign-in")
    private boolean users;

    @Option(names = "--cold-renders", description = "start every render task when its job comes, as ECS does"
            + " (default: one task is kept started and warm ahead of the next job)")
    private boolean coldRenders;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    private boolean help;

    private final Map<String, String> env;
    private final Path home;
    private final PrintStream out;
    private final PrintStream err;

    ServeCommand(Map<String, String> env, Path home, PrintStream out, PrintStream err) {
        this.env = env;
        this.home = home;
        this.out = out;
        this.err = err;
    }

    /** The parsed options, range-checked; directories not given are under the installation. */
    LocalOptions options() {
        inRange(spec, "--port", port, 0, 65535);
        inRange(spec, "--render-failures", renderFailures, 0, 10);
        LocalOptions options = new LocalOptions(LocalOptions.LOOPBACK, port, data != null ? data : home.resolve("data"),
                webRoot != null ? webRoot : home.resolve("web-static")).withRenderFailures(renderFailures)
                .withWorkflowDefinition(home.resolve(WorkflowFiles.DEFINITION));
        options = coldRenders ? options.withColdRenders() : options;
        return users ? options.withUsers() : options;
    }

    @Override
    public Integer call() {
        LocalOptions options = options();
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
}
