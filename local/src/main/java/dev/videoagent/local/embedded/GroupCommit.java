package dev.videoagent.local.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Makes writes durable before they are acknowledged, at the cost of one fsync per group: a caller takes a
 * ticket once its changes are in the store; the first waiter commits and syncs everything written so far
 * (every ticket issued before it started) while later callers wait for that commit or lead the next one.
 */
final class GroupCommit {

    /** What is made durable: whether anything was written since the last sync, and the sync itself. */
    interface Store {
        boolean hasUnsavedChanges();

        /** Puts everything written so far on the disk (FileChannel.force), not only in the page cache. */
        void sync();
    }

    private final Store store;
    private long issued;
    private long durable;
    private boolean committing;
    private long syncs;

    GroupCommit(Store store) {
        this.store = store;
    }

    /** Returns once everything written before this call is on disk; throws when it cannot be. */
    void awaitDurable() {
        long ticket;
        synchronized (this) {
            ticket = ++issued;
        }
        while (true) {
            long upTo;
            synchronized (this) {
                while (durable < ticket && committing) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted before the write was on disk", e);
                    }
                }
                if (durable >= ticket) {
                    return;
                }
                committing = true;
                upTo = issued;
            }
            boolean done = false;
            try {
                if (store.hasUnsavedChanges()) { // else whatever was written is on the disk already
                    store.sync();
                    syncs++;
                }
                done = true;
            } catch (RuntimeException e) {
                throw new UncheckedIOException(new IOException("the store could not be written: " + e.getMessage(), e));
            } finally {
                synchronized (this) {
                    committing = false;
                    if (done) {
                        durable = Math.max(durable, upTo);
                    }
                    notifyAll();
                }
            }
        }
    }

    /** How many fsyncs made the writes so far durable (fewer than the writes when they were grouped). */
    synchronized long syncs() {
        return syncs;
    }
}
