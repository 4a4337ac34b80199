package dev.videoagent.handlers;

import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.model.HealthReport;
import java.util.ArrayList;
import java.util.List;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SnapStart (CRaC) hooks. Before the snapshot: run the prompt engine on real ideas so its code is
 * compiled and its dictionaries are touched (in the functions that have it), and drop the Redis socket. After restore (Lambda allows
 * 10 s): check the function's own dependencies once, which opens fresh connections before the first
 * request needs them; a dependency that is down only shows in the log.
 */
public final class SnapStartPriming implements Resource {

    private static final Logger LOG = LoggerFactory.getLogger(SnapStartPriming.class);
    static final List<String> IDEAS = List.of("귀여운 강아지가 뛰노는 밝은 영상", "눈 내리는 산타마을",
            "a red sports car drifting on a mountain road at night", "cyberpunk 스타일의 비 오는 서울 밤거리",
            "fireworks over the harbor, slow motion", "김치를 담그는 할머니");
    static final int ROUNDS = 200;

    private final ServiceWiring wiring;

    SnapStartPriming(ServiceWiring wiring) {
        this.wiring = wiring;
    }

    /** Registers the hooks with the runtime's global context (a no-op outside a CRaC-capable JVM). */
    static void register(ServiceWiring wiring) {
        Core.getGlobalContext().register(new SnapStartPriming(wiring));
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        reconnect();
    }

    /** Returns the prompts of the last round, one per idea, in the order of {@link #IDEAS} (none without the engine). */
    List<String> prime() {
        List<String> last = wiring.wiresPromptEngine() ? primeEngine(wiring.promptEngine()) : List.of();
        wiring.disconnectRedis();
        return last;
    }

    private static List<String> primeEngine(PromptEngine engine) {
        List<String> last = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            last.clear();
            for (String idea : IDEAS) {
                last.add(engine.generate(idea).prompt());
            }
        }
        LOG.info("snapstart: primed the prompt engine with {} generations", ROUNDS * IDEAS.size());
        return List.copyOf(last);
    }

    HealthReport reconnect() {
        HealthReport report = wiring.healthService().check();
        LOG.info("snapstart: restored; dependencies {}", report.dependencies());
        return report;
    }
}
