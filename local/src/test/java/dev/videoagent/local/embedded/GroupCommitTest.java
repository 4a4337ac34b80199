package dev.videoagent.local.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitTest {

    @TempDir
    Path dir;

    private MVStore open() {
        return new MVStore.Builder().fileName(dir.resolve("store.mv.db").toString()).autoCommitDisabled().open();
    }

    @Test
    void aWriteMadeDurableSurvivesACrashAndOneThatWasNotIsGone() {
        MVStore store = open();
        GroupCommit group = new GroupCommit(store);
        MVMap<String, String> map = store.openMap("m");
        map.put("acknowledged", "yes");
        group.awaitDurable();
        map.put("unacknowledged", "lost");

        store.closeImmediately(); // as a kill -9: nothing more is written

        MVStore reopened = open();
        MVMap<String, String> after = reopened.openMap("m");
        assertThat(after.get("acknowledged")).isEqualTo("yes");
        assertThat(after.containsKey("unacknowledged")).isFalse();
        reopened.close();
    }

    @Test
    void concurrentWritersShareSyncsAndEachReturnsWithItsWriteOnDisk() throws Exception {
        MVStore store = open();
        GroupCommit group = new GroupCommit(store);
        MVMap<String, Integer> map = store.openMap("m");
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int writer = w;
            done.add(writers.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    map.put(writer + "-" + i, i);
                    group.awaitDurable();
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        writers.shutdown();
        long syncs = group.syncs();
        store.closeImmediately();

        MVStore reopened = open();
        assertThat(reopened.<String, Integer>openMap("m")).hasSize(400);
        reopened.close();
        assertThat(syncs).isBetween(1L, 400L);
        System.out.printf("400 durable writes from 8 threads took %d syncs%n", syncs);
    }
}
