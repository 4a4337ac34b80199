package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** ID tokens from a running {@code serve --users}, through {@code video-agent token NAME --port P} as a script gets them. */
final class LocalTokens {

    private LocalTokens() {
    }

    static String token(LocalRuntime runtime, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VideoAgentCli.run(new String[] {"token", name, "--port", Integer.toString(runtime.port())}, Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8).strip();
    }
}
