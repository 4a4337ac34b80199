package dev.videoagent.core.port;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock for tests: time passes only when the test moves it, or by a fixed step at every reading. */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final Duration step;

    private TestClock(Instant start, Duration step) {
        this.now = new AtomicReference<>(start);
        this.step = step;
    }

    /** Stands still until {@link #set} or {@link #advance}. */
    public static TestClock at(Instant start) {
        return new TestClock(start, Duration.ZERO);
    }

    /** Moves on by {@code step} at every reading: later records are newer. */
    public static TestClock ticking(Instant start, Duration step) {
        return new TestClock(start, step);
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public void advance(Duration time) {
        now.updateAndGet(t -> t.plus(time));
    }

    @Override
    public Instant instant() {
        return now.getAndUpdate(t -> t.plus(step)).plus(step);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
