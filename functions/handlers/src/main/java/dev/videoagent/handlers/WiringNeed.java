package dev.videoagent.handlers;

import dev.videoagent.handlers.http.HandlerKind;
import java.util.EnumSet;
import java.util.Set;

/** What a route kind uses; a function builds the union of its kinds' needs (and the stack grants only those). */
public enum WiringNeed {
    MONGO, REDIS, S3, ENGINE, REWRITER, RENDERS;

    public static Set<WiringNeed> of(Set<HandlerKind> kinds) {
        Set<WiringNeed> needs = EnumSet.noneOf(WiringNeed.class);
        for (HandlerKind kind : kinds) {
            needs.addAll(switch (kind) {
                case HEALTH -> EnumSet.of(MONGO, REDIS, S3);
                case GENERATE -> EnumSet.of(ENGINE, MONGO, REDIS, REWRITER);
                case DIFF, SUGGEST, REVERT -> EnumSet.of(ENGINE, MONGO, REDIS);
                case HISTORY, PROMPT_VERSIONS, COMPARE_VERSIONS -> EnumSet.of(MONGO);
                case START_RENDER, GET_RENDER, CANCEL_RENDER -> EnumSet.of(RENDERS, MONGO, REDIS);
                // limits and the cache entries a rating's learning changes are in Redis
                case LABEL, RATE_VERSION, RATE_RENDER -> EnumSet.of(MONGO, REDIS);
                case ROUTE_NOT_FOUND -> EnumSet.noneOf(WiringNeed.class);
            });
        }
        return needs;
    }
}
