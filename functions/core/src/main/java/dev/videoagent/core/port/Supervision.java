package dev.videoagent.core.port;

/**
 * Port: whether a dependency that does not answer is being brought back by a supervisor (the local runtime restarts
 * its redis-server), so health can say "recovering" rather than "down". Managed services have none.
 */
@FunctionalInterface
public interface Supervision {

    /** Nothing is supervised: a dependency that does not answer is down. */
    Supervision NONE = dependency -> false;

    boolean recovering(String dependency);
}
