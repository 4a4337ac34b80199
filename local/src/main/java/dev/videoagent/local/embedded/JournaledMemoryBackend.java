package dev.videoagent.local.embedded;

import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Mongo's storage: mongo-java-server's in-memory backend (hash indexes, no serialization on the
 * request path) made durable by a {@link CommandJournal}. Writes run one at a time and are journaled in the order
 * they were applied; reads run beside them. Replay re-applies the same commands in the same order to an empty
 * backend, so even a write that failed (a duplicate key) fails again the same way. The journal is compacted at
 * start and whenever it outgrows {@link #COMPACT_BYTES}.
 */
final class JournaledMemoryBackend extends MemoryBackend {

    private static final Logger LOG = LoggerFactory.getLogger(JournaledMemoryBackend.class);
    static final long COMPACT_BYTES = 64L * 1024 * 1024;
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

    private final Object writeLock = new Object();
    private final Channel replayChannel = new EmbeddedChannel();
    private CommandJournal journal;

    private JournaledMemoryBackend() {
        version(ServerVersion.MONGO_5_0); // a 4.2+ wire version: current drivers refuse older servers
    }

    /** Rebuilds the state from the journal in {@code file} (or from {@code seed}, a store of an earlier version). */
    static JournaledMemoryBackend open(Path file, java.util.Optional<AbstractMongoBackend> seed) {
        JournaledMemoryBackend backend = new JournaledMemoryBackend();
        backend.journal = CommandJournal.open(file, backend::replay);
        seed.ifPresent(earlier -> {
            List<Snapshot.Command> commands = Snapshot.of(earlier, backend.replayChannel);
            commands.forEach(c -> backend.replay(c.database(), c.command()));
            LOG.info("mongo: {} command(s) of the earlier store copied into the journal", commands.size());
        });
        backend.compact();
        return backend;
    }

    CommandJournal journal() {
        return journal;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (!isWrite(command, query)) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        synchronized (writeLock) {
            try {
                return super.handleCommand(channel, databaseName, command, query);
            } finally {
                // journaled even when it failed: the replay fails it the same way, in the same place
                journal.append(databaseName, query);
                if (journal.size() > COMPACT_BYTES) {
                    compact();
                }
            }
        }
    }

    private static boolean isWrite(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (WRITES.contains(name)) {
            return true;
        }
        // an aggregation that ends in $out or $merge writes a collection
        return name.equals("aggregate") && String.valueOf(query.get("pipeline")).matches("(?s).*\\$(out|merge)\\b.*");
    }

    private void replay(String database, Document command) {
        try {
            super.handleCommand(replayChannel, database, command.keySet().iterator().next(), command);
        } catch (RuntimeException e) {
            LOG.debug("mongo: replayed write failed as it did the first time: {}", e.getMessage());
        }
    }

    /** Writes the whole state as commands into a fresh journal, with every writer held off. */
    void compact() {
        synchronized (writeLock) {
            long before = journal.size();
            List<Snapshot.Command> state = Snapshot.of(this, replayChannel);
            journal.replaceWith(fresh -> state.forEach(c -> fresh.append(c.database(), c.command())));
            LOG.info("mongo: journal compacted from {} to {} bytes ({} command(s))", before, journal.size(),
                    state.size());
        }
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            super.close();
            journal.close();
            replayChannel.close();
        }
    }
}
