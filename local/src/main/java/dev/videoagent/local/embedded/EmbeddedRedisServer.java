package dev.videoagent.local.embedded;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.core.ExecutableProvider;

/**
 * A real redis-server, the binary shipped in the embedded-redis jar, run as a child process on
 * loopback with append-only persistence under the data directory. A pid file lets the next start
 * stop a server orphaned by a JVM that was killed without running its shutdown hooks. Supervised, a
 * server that dies is started again on the same port with a growing pause between tries (clients
 * reconnect by themselves); what happened is kept in {@link #events()}. It requires the password of
 * this start ({@code requirepass} in a config file: a command-line argument would show in {@code ps}).
 */
public final class EmbeddedRedisServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRedisServer.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(15);

    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private volatile Process process;
    private final ProcessBuilder launcher;
    private final String host;
    private final int port;
    private final Path pidFile;
    private final boolean supervised;
    private final String password;
    private final List<String> events = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private volatile boolean closing;
    private volatile boolean recovering;

    private EmbeddedRedisServer(ProcessBuilder launcher, String host, int port, Path pidFile, boolean supervised,
                                String password) {
        this.launcher = launcher;
        this.host = host;
        this.port = port;
        this.pidFile = pidFile;
        this.supervised = supervised;
        this.password = password;
    }

    public static EmbeddedRedisServer start(Path directory, String host, boolean supervised,
                                            LocalCredentials credentials) {
        try {
            Path dir = directory.toAbsolutePath();
            Files.createDirectories(dir.resolve("bin"));
            Path pidFile = dir.resolve("redis-server.pid");
            stopOrphan(pidFile);
            File executable = ExecutableProvider.newJarResourceProvider(dir.resolve("bin").toFile()).get();
            if (!executable.canExecute() && !executable.setExecutable(true)) {
                throw new IOException("cannot make " + executable + " executable");
            }
            int port = freePort(host);
            // the config file first: redis-server reads it, then the options after it
            List<String> command = List.of(executable.getAbsolutePath(),
                    credentials.redisConfigFile().toString(),
                    "--port", Integer.toString(port),
                    "--bind", host,
                    "--dir", dir.toString(),
                    "--appendonly", "yes",
                    "--save", "",
                    "--daemonize", "no",
                    "--pidfile", pidFile.toString(),
                    "--logfile", dir.resolve("redis.log").toString());
            ProcessBuilder launcher = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis.out").toFile()));
            EmbeddedRedisServer server = new EmbeddedRedisServer(launcher, host, port, pidFile, supervised,
                    credentials.redisPassword());
            server.process = launcher.start();
            server.awaitReady();
            LOG.info("redis: redis-server pid {} on {}:{} (data in {})", server.process.pid(), host, port, dir);
            server.watch(server.process);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start redis-server in " + directory, e);
        }
    }

    private void watch(Process watched) {
        if (supervised) {
            watched.onExit().thenRun(() -> restart(watched));
        }
    }

    /** The server died: start it again, pausing 0.25 s, 0.5 s, 1 s ... up to 5 s between tries. */
    private void restart(Process dead) {
        if (closing) {
            return;
        }
        recovering = true;
        events.add("exited with code " + dead.exitValue());
        LOG.warn("redis: redis-server pid {} exited with code {}; starting it again", dead.pid(), dead.exitValue());
        Duration pause = FIRST_PAUSE;
        while (!closing) {
            sleep(pause.toMillis());
            try {
                process = launcher.start();
                awaitReady();
                events.add("restarted as pid " + process.pid());
                recovering = false;
                LOG.info("redis: redis-server restarted, pid {} on {}:{}", process.pid(), host, port);
                watch(process);
                return;
            } catch (IOException e) {
                events.add("restart failed: " + e.getMessage());
                LOG.warn("redis: restart failed ({}); next try in {} ms", e.getMessage(), pause.toMillis() * 2);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** True from the supervisor seeing the server die until it answers again. */
    public boolean recovering() {
        return recovering;
    }

    /** What the supervisor saw and did, oldest first: exits, restarts, failed restarts. */
    public List<String> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("redis-server exited with code " + process.exitValue()
                        + " during start-up; see redis.log in the data directory");
            }
            if (answersAuthAndPing()) {
                return;
            }
            sleep(25);
        }
        process.destroyForcibly();
        throw new IOException("redis-server did not answer AUTH and PING within " + START_TIMEOUT.toSeconds() + " s");
    }

    /** Ready when it takes this start's password and answers; while it loads its data it answers -LOADING. */
    private boolean answersAuthAndPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 200);
            socket.setSoTimeout(500);
            // RESP arrays rather than inline commands, so no character of the password can split the command
            String commands = "*2\r\n$4\r\nAUTH\r\n$" + password.length() + "\r\n" + password + "\r\n"
                    + "*1\r\n$4\r\nPING\r\n";
            socket.getOutputStream().write(commands.getBytes(StandardCharsets.US_ASCII));
            String expected = "+OK\r\n+PONG\r\n";
            byte[] reply = new byte[expected.length()];
            int length = 0;
            while (length < reply.length) {
                int read = socket.getInputStream().read(reply, length, reply.length - length);
                if (read < 0) {
                    return false;
                }
                length += read;
                if (!expected.startsWith(new String(reply, 0, length, StandardCharsets.US_ASCII))) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A redis-server left by a killed JVM still holds our data directory: stop it before starting anew. */
    private static void stopOrphan(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String text = Files.readString(pidFile, StandardCharsets.US_ASCII).trim();
        Files.deleteIfExists(pidFile);
        long pid;
        try {
            pid = Long.parseLong(text);
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.contains("redis-server")).orElse(false));
        if (orphan.isPresent()) {
            LOG.warn("redis: stopping orphaned redis-server pid {} from an earlier run", pid);
            orphan.get().destroy();
            try {
                orphan.get().onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                orphan.get().destroyForcibly();
            }
        }
    }

    private static int freePort(String host) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName(host))) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String url() {
        return "redis://" + host + ":" + port;
    }

    public int port() {
        return port;
    }

    /** The child process, so tests can kill it to simulate an outage. */
    public ProcessHandle processHandle() {
        return process.toHandle();
    }

    @Override
    public void close() {
        closing = true;
        Process process = this.process;
        if (process.isAlive()) {
            process.destroy(); // SIGTERM: redis flushes the append-only file and exits
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            LOG.debug("redis: could not delete {}", pidFile);
        }
        LOG.info("redis: redis-server stopped");
    }
}
