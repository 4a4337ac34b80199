package dev.videoagent.local.embedded;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server in this process (mongo-java-server), stored in an H2 MVStore file. The store's
 * own background commit (about once a second, which a crash loses) is off: changes reach the disk when
 * {@link #awaitDurable} commits and syncs them, grouped with the writes made meanwhile. The local gateway calls
 * it before it answers a write with a 2xx, so an HTTP write costs one grouped fsync however many commands it
 * took; what no request waits for (the render scheduler's updates) is synced within {@value #FLUSH_MILLIS} ms.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    static final long FLUSH_MILLIS = 200;

    private final H2Backend backend;
    private final MVStore store;
    private final GroupCommit group;
    private final MongoServer server;
    private final InetSocketAddress address;
    private final ScheduledExecutorService flusher;

    private EmbeddedMongoServer(H2Backend backend, MVStore store, MongoServer server, InetSocketAddress address) {
        this.backend = backend;
        this.store = store;
        this.group = new GroupCommit(store);
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
        MVStore store = new MVStore.Builder().fileName(directory.resolve("mongo.mv.db").toString())
                .autoCommitDisabled().open();
        H2Backend backend = new H2Backend(store);
        // report a 4.2+ wire version: current drivers refuse older servers
        backend.version(ServerVersion.MONGO_5_0);
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, 0);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        InetSocketAddress address = server.getLocalAddress();
        LOG.info("mongo: embedded server on {}:{} (data in {})", host, address.getPort(), directory);
        return new EmbeddedMongoServer(backend, store, server, address);
    }

    /** Returns once every change made before the call is committed and synced to the file. */
    public void awaitDurable() {
        group.awaitDurable();
    }

    /** How many fsyncs made the writes so far durable (fewer than the writes when they were grouped). */
    public long syncs() {
        return group.syncs();
    }

    private void flush() {
        try {
            if (store.hasUnsavedChanges()) {
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
        backend.close();
        LOG.info("mongo: embedded server stopped");
    }
}
