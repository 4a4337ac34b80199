package dev.videoagent.handlers;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a composition root opened, closed in reverse order; one failing close does not stop the others. */
public final class Closeables implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Closeables.class);

    private final Deque<AutoCloseable> opened = new ArrayDeque<>();

    public synchronized <T extends AutoCloseable> T add(T resource) {
        opened.push(resource);
        return resource;
    }

    @Override
    public synchronized void close() {
        while (!opened.isEmpty()) {
            AutoCloseable resource = opened.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("close: {} failed: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
