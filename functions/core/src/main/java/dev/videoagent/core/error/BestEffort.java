package dev.videoagent.core.error;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls to a dependency the answer can do without (the cache, a history lookup): down means empty. */
public final class BestEffort {

    private static final Logger LOG = LoggerFactory.getLogger(BestEffort.class);

    private BestEffort() {
    }

    public static <T> Optional<T> attempt(String what, Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (DependencyUnavailableException e) {
            LOG.debug("{} skipped: {} is unavailable", what, e.dependency());
            return Optional.empty();
        }
    }

    public static boolean run(String what, Runnable call) {
        return attempt(what, () -> {
            call.run();
            return Boolean.TRUE;
        }).isPresent();
    }
}
