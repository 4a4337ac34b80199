package dev.videoagent.local.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal and its group commit: what was synced is replayed in order; a torn last record is cut off. */
class GroupCommitTest {

    @TempDir
    Path dir;

    private List<String> replayed(Path file) {
        List<String> seen = new ArrayList<>();
        try (CommandJournal journal = CommandJournal.open(file, (db, command) -> seen.add(db + ":" + command.get("n")))) {
            return seen;
        }
    }

    @Test
    void syncedRecordsAreReplayedInTheOrderTheyWereWritten() {
        Path file = dir.resolve("j");
        try (CommandJournal journal = CommandJournal.open(file, (db, c) -> { })) {
            GroupCommit group = new GroupCommit(journal);
            for (int i = 0; i < 5; i++) {
                journal.append("db" + (i % 2), new Document("insert", "c").append("n", i));
            }
            group.awaitDurable();
            assertThat(journal.hasUnsavedChanges()).isFalse();
        }

        assertThat(replayed(file)).containsExactly("db0:0", "db1:1", "db0:2", "db1:3", "db0:4");
    }

    @Test
    void aTornLastRecordIsCutOffAndWritingGoesOnAfterTheGoodOnes() throws Exception {
        Path file = dir.resolve("j");
        try (CommandJournal journal = CommandJournal.open(file, (db, c) -> { })) {
            journal.append("db", new Document("insert", "c").append("n", 1));
            journal.append("db", new Document("insert", "c").append("n", 2));
            journal.sync();
        }
        long good = Files.size(file);
        // as a crash in the middle of a write leaves it: half a record
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(good - 3);
        }
        assertThat(replayed(file)).containsExactly("db:1");

        try (CommandJournal journal = CommandJournal.open(file, (db, c) -> { })) {
            journal.append("db", new Document("insert", "c").append("n", 3));
            journal.sync();
        }
        assertThat(replayed(file)).containsExactly("db:1", "db:3");
    }

    @Test
    void aReplacedJournalHoldsOnlyWhatItsWriterWrote() {
        Path file = dir.resolve("j");
        try (CommandJournal journal = CommandJournal.open(file, (db, c) -> { })) {
            for (int i = 0; i < 10; i++) {
                journal.append("db", new Document("update", "c").append("n", i));
            }
            journal.replaceWith(fresh -> fresh.append("db", new Document("insert", "c").append("n", "all")));
            journal.append("db", new Document("insert", "c").append("n", "after"));
            journal.sync();
        }

        assertThat(replayed(file)).containsExactly("db:all", "db:after");
        assertThat(dir.resolve("j.next")).doesNotExist();
    }

    @Test
    void concurrentWritersShareSyncsAndEachReturnsWithItsWriteOnDisk() throws Exception {
        Path file = dir.resolve("j");
        long syncs;
        try (CommandJournal journal = CommandJournal.open(file, (db, c) -> { })) {
            GroupCommit group = new GroupCommit(journal);
            ExecutorService writers = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        journal.append("db", new Document("insert", "c").append("n", writer * 100 + i));
                        group.awaitDurable();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            writers.shutdown();
            syncs = group.syncs();
            assertThat(journal.hasUnsavedChanges()).isFalse();
        }

        assertThat(replayed(file)).hasSize(400);
        assertThat(syncs).isBetween(1L, 400L);
    }
}
