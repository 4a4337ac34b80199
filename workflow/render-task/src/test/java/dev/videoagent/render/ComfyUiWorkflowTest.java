package dev.videoagent.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.videoagent.core.config.RenderTaskConfig;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.core.port.VideoModel;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled ComfyUI workflows with a request put in: every placeholder filled, as each model takes them. */
class ComfyUiWorkflowTest {

    private static JsonNode graph(String workflow, RenderSettings settings) {
        return ComfyUiVideoModel.graph(ComfyUiVideoModel.template(workflow), workflow, new VideoModel.ClipRequest(
                "job-9", "a lighthouse at dusk", Optional.of("blurry"), settings, -5L));
    }

    @Test
    void everyBundledWorkflowHasEveryPlaceholderFilled() {
        for (String workflow : RenderTaskConfig.COMFYUI_WORKFLOWS) {
            String json = graph(workflow, new RenderSettings(10, 1280, 720, 24)).toString();
            assertThat(json).as(workflow).doesNotContain("${").contains("a lighthouse at dusk", "blurry",
                    "videoagent/job-9", "SaveWEBM");
        }
    }

    @Test
    void sizesAndLengthsAreOnesTheModelsMake() {
        JsonNode ltx = graph("ltx-video", new RenderSettings(10, 1280, 720, 24)).get("6").get("inputs");
        assertThat(ltx.get("width").asInt()).as("LTX-Video at most 768 wide").isEqualTo(768);
        assertThat(ltx.get("height").asInt()).as("16:9 in multiples of 32").isEqualTo(416);
        assertThat(ltx.get("width").asInt() % 32).isZero();
        assertThat(ltx.get("height").asInt() % 32).isZero();
        assertThat(ltx.get("length").asInt()).isEqualTo(233); // 240 frames asked: 8k+1 below it
        JsonNode wan = graph("wan-2.1", new RenderSettings(10, 1280, 720, 24)).get("6").get("inputs");
        assertThat(wan.get("length").asInt()).isEqualTo(81); // its longest: 5 s at 16 fps
        assertThat(wan.get("width").asInt() % 16).isZero();
        assertThat(graph("wan-2.1", new RenderSettings(10, 1280, 720, 24)).get("8").get("inputs").get("seed").asLong())
                .as("a seed ComfyUI takes (not negative)").isNotNegative();
    }

    @Test
    void anUnknownWorkflowIsRefused() {
        assertThatThrownBy(() -> ComfyUiVideoModel.template("sdxl")).isInstanceOf(IllegalArgumentException.class);
    }
}
