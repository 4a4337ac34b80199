package dev.videoagent.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.videoagent.core.model.GeneratedPrompt;
import dev.videoagent.core.model.RewriteOutcome;
import dev.videoagent.handlers.api.GenerateHandler;
import dev.videoagent.handlers.http.JsonCodec;
import dev.videoagent.nori.PromptEngines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The same idea gives byte-identical output in another process (`video-agent prompt`) as in this one. */
class PromptProcessIT {

    private static final Path JAR = Path.of(System.getProperty("videoagent.localJar", "target/video-agent-local.jar"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode withoutId(String json) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(json);
        node.remove("id");
        return node;
    }

    @Test
    void anotherProcessGivesIdenticalOutput() throws Exception {
        for (String idea : List.of("귀여운 강아지가 뛰노는 밝은 영상", "눈 내리는 산타마을", "a red sports car drifting at night",
                "cyberpunk 스타일의 서울 밤거리")) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-jar", JAR.toString(), "prompt", idea).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();

            String here = JsonCodec.write(GenerateHandler.toJson(new GeneratedPrompt("x",
                    PromptEngines.createDefault().generate(idea), false, false, RewriteOutcome.OFF)));
            assertThat(withoutId(out)).as(idea).isEqualTo(withoutId(here));
            assertThat(JSON.writeValueAsString(withoutId(out))).isEqualTo(JSON.writeValueAsString(withoutId(here)));
        }
    }
}
