package dev.videoagent.local.embedded;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server in this process (mongo-java-server) over its in-memory backend, made durable by a
 * journal of the write commands ({@link JournaledMemoryBackend}). Writes reach the disk when {@link #awaitDurable}
 * syncs the journal, grouped with the writes made meanwhile. The local gateway calls it before it answers a write
 * with a 2xx, so an HTTP write costs one grouped fsync however many commands it took; what no request waits for
 * (the render scheduler's updates) is synced within {@value #FLUSH_MILLIS} ms. A data directory of an earlier
 * version (an H2 MVStore file) is copied into the journal once and kept beside it.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    static final long FLUSH_MILLIS = 200;
    static final String JOURNAL = "mongo.journal";
    private static final String EARLIER_STORE = "mongo.mv.db";

    private final JournaledMemoryBackend backend;
    private final GroupCommit group;
    private final MongoServer server;
    private final InetSocketAddress address;
    private final ScheduledExecutorService flusher;

    private EmbeddedMongoServer(JournaledMemoryBackend backend, MongoServer server, InetSocketAddress address) {
        this.backend = backend;
        this.group = new GroupCommit(backend.journal());
        this.server = server;
        this.address = address;
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "mongo-flush");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(this::flush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    public static EmbeddedMongoServer start(Path directory, String host) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        Path journal = directory.resolve(JOURNAL);
        Path earlier = directory.resolve(EARLIER_STORE);
        JournaledMemoryBackend backend;
        if (!Files.exists(journal) && Files.exists(earlier)) {
            backend = migrate(journal, earlier);
        } else {
            backend = JournaledMemoryBackend.open(journal, Optional.empty());
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, 0);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        InetSocketAddress address = server.getLocalAddress();
        LOG.info("mongo: embedded server on {}:{} (data in {})", host, address.getPort(), directory);
        return new EmbeddedMongoServer(backend, server, address);
    }

    /** The H2 store of an earlier version: its documents go into a new journal; the file stays as it was. */
    private static JournaledMemoryBackend migrate(Path journal, Path earlier) {
        MVStore store = new MVStore.Builder().fileName(earlier.toString()).readOnly().open();
        H2Backend h2 = new H2Backend(store);
        h2.version(ServerVersion.MONGO_5_0);
        try {
            Optional<AbstractMongoBackend> seed = Optional.of(h2);
            JournaledMemoryBackend backend = JournaledMemoryBackend.open(journal, seed);
            LOG.info("mongo: {} copied into {}; the old file is kept and no longer read", earlier, journal);
            return backend;
        } finally {
            h2.close();
        }
    }

    /** Returns once every change made before the call is in the journal on the disk. */
    public void awaitDurable() {
        group.awaitDurable();
    }

    /** How many fsyncs made the writes so far durable (fewer than the writes when they were grouped). */
    public long syncs() {
        return group.syncs();
    }

    private void flush() {
        try {
            if (backend.journal().hasUnsavedChanges()) {
                group.awaitDurable();
            }
        } catch (RuntimeException e) {
            LOG.warn("mongo: background sync failed: {}", e.toString());
        }
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    @Override
    public void close() {
        flusher.shutdownNow();
        server.shutdownNow();
        try {
            group.awaitDurable();
        } catch (RuntimeException e) {
            LOG.warn("mongo: last sync failed: {}", e.toString());
        }
        backend.close();
        LOG.info("mongo: embedded server stopped");
    }
}
