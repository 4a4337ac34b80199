package dev.videoagent.core.port;

import dev.videoagent.core.model.UsageLimit;
import dev.videoagent.core.model.UserId;

/**
 * Port: what one person may consume (Redis in both runtimes). When the store does not answer, writes go through
 * (a prompt costs little) and renders are refused with {@link dev.videoagent.core.error.DependencyUnavailableException}
 * (a render costs GPU time nobody could then bound).
 */
public interface UsageLimits {

    /** Takes one of the person's tokens for {@code limit}; {@link dev.videoagent.core.error.RateLimitedException} if none is left. */
    void take(UserId person, UsageLimit limit);

    /**
     * Adds {@code seconds} of video to the person's day; {@link dev.videoagent.core.error.QuotaExceededException}
     * (and nothing added) when that would pass the daily quota.
     */
    void chargeRenderSeconds(UserId person, int seconds);

    /** No limits (tests, tools). */
    UsageLimits NONE = new UsageLimits() {
        @Override
        public void take(UserId person, UsageLimit limit) {
        }

        @Override
        public void chargeRenderSeconds(UserId person, int seconds) {
        }
    };
}
