package dev.videoagent.render;

import dev.videoagent.core.config.ConfigException;
import dev.videoagent.core.config.RenderTaskConfig;
import dev.videoagent.core.model.RenderJob;
import dev.videoagent.core.port.VideoRendering;
import dev.videoagent.core.usecase.RunRenderJob;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The render task's command (the ECS container's entry point, a child process locally). Reads the job
 * from the environment, renders, uploads, and exits 0; on failure prints one line saying why and
 * exits 1 (2 for a bad configuration) so the workflow retries or falls back. Temporary files are
 * removed on every exit, SIGTERM included.
 */
public final class RenderTaskMain {

    static {
        // before the first logger exists: logs go to stderr, stdout is the summary
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "render-task-logback.xml");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(RenderTaskMain.class);

    private RenderTaskMain() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals(RenderTaskStandby.ARGUMENT)) {
            System.exit(RenderTaskStandby.await(System.getenv(), System.in, System.out, System.err));
        }
        System.exit(run(System.getenv(), System.out, System.err));
    }

    static int run(Map<String, String> env, PrintStream out, PrintStream err) {
        return run(env, PromptVideoRenderer::createDefault, RenderTaskClients::of, out, err);
    }

    /**
     * The job the variables describe; {@code procedural} and {@code clients} are asked for only once they are valid
     * (else exit 2). A task started ahead of its job hands the ones it made then.
     */
    static int run(Map<String, String> env, Supplier<PromptVideoRenderer> procedural,
                   Function<RenderTaskConfig, RenderTaskClients> clients, PrintStream out, PrintStream err) {
        RenderTaskConfig config;
        try {
            config = RenderTaskConfig.fromEnv(env);
        } catch (ConfigException e) {
            err.println("render-task: " + e.getMessage());
            return 2;
        }
        return run(config, procedural.get(), clients, out, err);
    }

    /** The job of {@code config}, drawn by {@code procedural} (made before the job came, for a warm task). */
    private static int run(RenderTaskConfig config, PromptVideoRenderer procedural,
                           Function<RenderTaskConfig, RenderTaskClients> clients, PrintStream out, PrintStream err) {
        RenderJob job = config.job();
        Path work;
        try {
            work = Files.createTempDirectory("render-" + job.jobId() + "-");
        } catch (IOException e) {
            err.println("render-task: cannot create a work directory: " + e.getMessage());
            return 1;
        }
        Thread cleanup = new Thread(() -> delete(work), "render-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try (RenderTaskWiring wiring = new RenderTaskWiring(config, procedural, clients.apply(config))) {
            LOG.info("render {}: attempt {} mode {} {}x{} {} fps {} s", job.jobId(), job.attempt(), job.mode(),
                    job.settings().width(), job.settings().height(), job.settings().fps(), job.settings().durationSeconds());
            VideoRendering.Rendered rendered = wiring.runRenderJob().handle(job, work);
            out.println(String.format(Locale.ROOT, "{\"jobId\":\"%s\",\"attempt\":%d,\"mode\":\"%s\",\"frames\":%d,"
                    + "\"seconds\":%.3f,\"renderSeconds\":%.3f,\"fpsAchieved\":%.1f,\"bytes\":%d,\"video\":\"%s\","
                    + "\"poster\":\"%s\"}", job.jobId(), job.attempt(), job.mode().name().toLowerCase(Locale.ROOT),
                    rendered.frames(), rendered.videoSeconds(), rendered.renderSeconds(), rendered.fpsAchieved(),
                    rendered.bytes(), job.outputKey(), job.posterKey()));
            return 0;
        } catch (RuntimeException | Error e) {
            LOG.error("render {} failed", job.jobId(), e);
            err.println("render-task: " + RunRenderJob.oneLine(e));
            return 1;
        } finally {
            delete(work);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: nothing left to do
            }
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
