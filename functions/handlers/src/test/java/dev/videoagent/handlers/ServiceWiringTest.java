package dev.videoagent.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.core.config.AppConfig;
import dev.videoagent.core.config.ConfigException;
import dev.videoagent.handlers.api.HistoryHandler;
import dev.videoagent.handlers.http.HandlerKind;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceWiringTest {

    // nothing listens on these ports; the clients connect on first use, so wiring succeeds without them
    static final Map<String, String> ENV = Map.of("AWS_REGION", "us-east-1", "VIDEO_BUCKET", "videos",
            "MONGODB_URI", "mongodb://127.0.0.1:1", "REDIS_URL", "redis://127.0.0.1:1",
            "AWS_ENDPOINT_URL", "http://127.0.0.1:1", "DEPENDENCY_TIMEOUT_MS", "300");
    private static final AppConfig CONFIG = AppConfig.fromEnv(ENV);

    @Test
    void eachFunctionWiresOnlyWhatItsRoutesUse() {
        assertThat(WiringNeed.of(EnumSet.of(HandlerKind.HISTORY))).containsExactly(WiringNeed.MONGO);
        assertThat(WiringNeed.of(EnumSet.of(HandlerKind.ROUTE_NOT_FOUND))).isEmpty();
        assertThat(WiringNeed.of(EnumSet.of(HandlerKind.GET_RENDER)))
                .containsExactlyInAnyOrder(WiringNeed.RENDERS, WiringNeed.MONGO, WiringNeed.REDIS);
        assertThat(WiringNeed.of(EnumSet.of(HandlerKind.HEALTH)))
                .containsExactlyInAnyOrder(WiringNeed.MONGO, WiringNeed.REDIS, WiringNeed.S3);
        assertThat(WiringNeed.of(EnumSet.of(HandlerKind.GENERATE))).contains(WiringNeed.ENGINE, WiringNeed.REWRITER)
                .doesNotContain(WiringNeed.S3, WiringNeed.RENDERS);
        for (HandlerKind kind : HandlerKind.values()) {
            boolean engine = WiringNeed.of(EnumSet.of(kind)).contains(WiringNeed.ENGINE);
            assertThat(engine).as(kind + " ships in the package with the prompt engine exactly when it uses it")
                    .isEqualTo(kind.lambdaPackage() == dev.videoagent.handlers.http.LambdaPackage.PROMPT);
        }
    }

    @Test
    void aHistoryFunctionServesItsRouteAndHandsOutNothingItDidNotWire() {
        try (ServiceWiring wiring = ServiceWiring.forLambda(CONFIG, EnumSet.of(HandlerKind.HISTORY))) {
            assertThat(wiring.handler(HandlerKind.HISTORY)).isInstanceOf(HistoryHandler.class);
            assertThatThrownBy(() -> wiring.handler(HandlerKind.GENERATE)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("the generate route is not wired for this runtime's routes");
            assertThat(wiring.wiresPromptEngine()).isFalse();
            assertThatThrownBy(wiring::renderJobs).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aRenderFunctionWithoutItsStateMachineFailsAtStartUpNamingTheVariable() {
        assertThatThrownBy(() -> ServiceWiring.forLambda(CONFIG, EnumSet.of(HandlerKind.START_RENDER)))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("STATE_MACHINE_ARN: is required");
    }
}
