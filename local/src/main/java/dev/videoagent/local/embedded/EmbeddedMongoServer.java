package dev.videoagent.local.embedded;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A MongoDB wire-protocol server in this process (mongo-java-server), stored in an H2 MVStore file. */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final H2Backend backend;
    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongoServer(H2Backend backend, MongoServer server, InetSocketAddress address) {
        this.backend = backend;
        this.server = server;
        this.address = address;
    }

    public static EmbeddedMongoServer start(Path directory, String host) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        H2Backend backend = new H2Backend(directory.resolve("mongo.mv.db").toString());
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
        return new EmbeddedMongoServer(backend, server, address);
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
        LOG.info("mongo: embedded server stopped");
    }
}
