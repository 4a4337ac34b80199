package dev.videoagent.local.embedded;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.BiConsumer;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store's write-ahead log: every write command, in the order it was applied, as a record of
 * {@code [length][CRC32C][BSON {db, command}]}. Replaying it on an empty in-memory backend rebuilds the exact
 * state. A crash can leave a torn last record, which fails its checksum and is cut off: it was never synced, so
 * never acknowledged. {@link #replaceWith} swaps in a compacted journal (a snapshot written as commands) atomically.
 */
final class CommandJournal implements GroupCommit.Store, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CommandJournal.class);
    private static final int HEADER = 8;
    private static final int MAX_RECORD = 64 * 1024 * 1024;

    private final Path file;
    private FileChannel channel;
    private long written;
    private volatile long synced;

    private CommandJournal(Path file, FileChannel channel, long written) {
        this.file = file;
        this.channel = channel;
        this.written = written;
        this.synced = written;
    }

    /** Opens the journal, handing every intact record to {@code replay} in order, and cuts off a torn tail. */
    static CommandJournal open(Path file, BiConsumer<String, Document> replay) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            long good = 0;
            long records = 0;
            long size = channel.size();
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (good + HEADER <= size) {
                header.clear();
                channel.read(header, good);
                int length = header.getInt(0);
                int crc = header.getInt(4);
                if (length <= 0 || length > MAX_RECORD || good + HEADER + length > size) {
                    break;
                }
                ByteBuffer body = ByteBuffer.allocate(length);
                channel.read(body, good + HEADER);
                if (checksum(body.array()) != crc) {
                    break;
                }
                Document record = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(body.array()));
                replay.accept((String) record.get("db"), (Document) record.get("command"));
                good += HEADER + length;
                records++;
            }
            if (good < size) {
                LOG.warn("mongo: journal {} ends in {} bytes of an unfinished write; they are dropped", file, size - good);
                channel.truncate(good);
                channel.force(true);
            }
            channel.position(good);
            LOG.info("mongo: {} write(s) replayed from {}", records, file);
            return new CommandJournal(file, channel, good);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the journal " + file, e);
        }
    }

    /** Appends one applied command (into the page cache: {@link #sync} puts it on the disk). */
    synchronized void append(String database, Document command) {
        byte[] record = encode(database, command);
        try {
            ByteBuffer out = ByteBuffer.allocate(HEADER + record.length);
            out.putInt(record.length).putInt(checksum(record)).put(record).flip();
            while (out.hasRemaining()) {
                channel.write(out);
            }
            written += HEADER + record.length;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file, e);
        }
    }

    synchronized long size() {
        return written;
    }

    @Override
    public boolean hasUnsavedChanges() {
        synchronized (this) {
            return written > synced;
        }
    }

    @Override
    public void sync() {
        FileChannel current;
        long upTo;
        synchronized (this) {
            current = channel;
            upTo = written;
        }
        try {
            current.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync the journal " + file, e);
        }
        synchronized (this) {
            if (current == channel) {
                synced = Math.max(synced, upTo);
            }
        }
    }

    /**
     * Replaces the journal by one that {@code writer} fills (the store's whole state as commands), synced, then
     * moved over the old file in one rename: a crash leaves either journal whole. The caller holds every writer off.
     */
    synchronized void replaceWith(java.util.function.Consumer<CommandJournal> writer) {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            Files.deleteIfExists(next);
            CommandJournal fresh = new CommandJournal(next, FileChannel.open(next, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, StandardOpenOption.READ), 0);
            writer.accept(fresh);
            fresh.channel.force(true);
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(file.getParent());
            channel.close();
            channel = fresh.channel;
            written = fresh.written;
            synced = written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compact the journal " + file, e);
        }
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            LOG.debug("mongo: directory {} not synced: {}", directory, e.toString());
        }
    }

    private static byte[] encode(String database, Document command) {
        Document record = new Document("db", database).append("command", command);
        ByteBuf buffer = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument(record, buffer);
            byte[] bytes = new byte[buffer.readableBytes()];
            buffer.readBytes(bytes);
            return bytes;
        } finally {
            buffer.release();
        }
    }

    private static int checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    /** Syncs what is left, so that after a close there is nothing a caller could still wait for. */
    @Override
    public synchronized void close() {
        try {
            if (channel.isOpen()) {
                channel.force(false);
                synced = written;
            }
            channel.close();
        } catch (IOException e) {
            LOG.warn("mongo: journal {} did not close cleanly: {}", file, e.toString());
        }
    }
}
