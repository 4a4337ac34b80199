package dev.videoagent.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Class-data sharing for the render task's JVMs: one archive of the classes a render loads (the prompt engine,
 * the renderer, JavaCV), dumped once per installation by a JVM that renders a short video, then mapped by every
 * render task at start (about 0.3-0.5 s of a 10 s 720p render's 4.5 s on 2 cores). While it is missing or does not
 * match (another JDK, a rebuilt jar) the tasks simply start without it.
 */
final class RenderTaskClassCache {

    private static final Logger LOG = LoggerFactory.getLogger(RenderTaskClassCache.class);

    private RenderTaskClassCache() {
    }

    /**
     * Where archives are kept: the user's own cache directory (never a shared temporary one, whose files another
     * user could have planted), so all runtimes and test runs of one build share one.
     */
    static Path directory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("video-agent");
    }

    /** The archive for this JDK and classpath (a rebuilt jar gets a new one). */
    static Path archive(Path dataDir, String classpath) {
        StringBuilder key = new StringBuilder(System.getProperty("java.vm.version")).append('|').append(classpath);
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            Path file = Path.of(entry);
            try {
                key.append('|').append(Files.size(file)).append('@').append(Files.getLastModifiedTime(file).toMillis());
            } catch (IOException | RuntimeException e) {
                key.append("|-");
            }
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return dataDir.resolve("render-task-" + HexFormat.of().formatHex(digest, 0, 8) + ".jsa");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only jars can be archived: a build's classes directories (tests, IDEs) run without an archive. */
    static boolean archivable(String classpath) {
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            if (!entry.endsWith(".jar") || Files.isDirectory(Path.of(entry))) {
                return false;
            }
        }
        return true;
    }

    /** The JVM options that map the archive; silent and harmless while it is missing. */
    static List<String> options(Path archive) {
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** Dumps the archive in the background when there is none: a JVM renders 5 s at 640x360 and writes it at exit. */
    static void ensure(Path archive, String javaCommand, String classpath) {
        if (Files.exists(archive) || !archivable(classpath)) {
            return;
        }
        removeAbandoned(archive.getParent());
        Thread dump = new Thread(() -> dump(archive, javaCommand, classpath), "render-class-cache");
        dump.setDaemon(true);
        dump.start();
    }

    private static void dump(Path archive, String javaCommand, String classpath) {
        Path work = null;
        try {
            Files.createDirectories(archive.getParent(), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
            work = Files.createTempDirectory(archive.getParent(), "class-cache-");
            Path partial = work.resolve("archive.jsa");
            List<String> command = new ArrayList<>(List.of(javaCommand, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-XX:ArchiveClassesAtExit=" + partial, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp", classpath,
                    VideoAgentCli.class.getName(), "render", "--prompt", "a red fox running through snow in a forest at dusk",
                    "--out", work.resolve("warm-up.webm").toString(), "--width", "640", "--height", "360", "--duration", "5"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("dump.log").toFile()).start();
            // never outlives the runtime that started it
            Thread stop = new Thread(process::destroyForcibly, "render-class-cache-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            boolean done = process.waitFor(120, TimeUnit.SECONDS);
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                return;
            }
            if (!done || process.exitValue() != 0 || !Files.exists(partial)) {
                process.destroyForcibly();
                LOG.warn("workflow: no class-data archive for the render tasks; they start without it: {}",
                        lastLine(work.resolve("dump.log")));
                cleanUp(work);
                return;
            }
            // complete or absent: a task never maps a half-written archive
            Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("workflow: class-data archive for the render tasks written ({} MB)", Files.size(archive) >> 20);
            cleanUp(work);
        } catch (IOException e) {
            LOG.warn("workflow: cannot write the render tasks' class-data archive: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What dumps stopped midway (a runtime killed while dumping) left behind, once it is surely not running. */
    private static void removeAbandoned(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        java.time.Instant before = java.time.Instant.now().minus(java.time.Duration.ofMinutes(10));
        try (var entries = Files.list(directory)) {
            for (Path dir : entries.filter(p -> p.getFileName().toString().startsWith("class-cache-")).toList()) {
                if (Files.getLastModifiedTime(dir).toInstant().isBefore(before)) {
                    cleanUp(dir);
                }
            }
        } catch (IOException e) {
            LOG.debug("workflow: cannot tidy {}: {}", directory, e.toString());
        }
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
    }

    private static void cleanUp(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
