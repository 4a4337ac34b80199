package dev.videoagent.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.videoagent.core.error.BackendNotAvailableException;
import dev.videoagent.core.model.VideoBackend;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderBackendsConfigTest {

    @Test
    void withoutVariablesEveryVideoIsProcedural() {
        RenderBackendsConfig config = RenderBackendsConfig.fromEnv(Map.of());

        assertThat(config.standard()).isEqualTo(VideoBackend.PROCEDURAL);
        assertThat(config.allowed()).containsExactly(VideoBackend.PROCEDURAL);
        assertThat(config.choose(Optional.empty())).isEqualTo(VideoBackend.PROCEDURAL);
    }

    @Test
    void aJobGetsTheBackendItAsksForWhenTheDeploymentHasItElseTheDefault() {
        RenderBackendsConfig config = RenderBackendsConfig.fromEnv(Map.of(EnvVar.RENDER_BACKEND, "comfyui",
                EnvVar.RENDER_BACKENDS, " comfyui , procedural"));

        assertThat(config.choose(Optional.empty())).isEqualTo(VideoBackend.COMFYUI);
        assertThat(config.choose(Optional.of(VideoBackend.PROCEDURAL))).isEqualTo(VideoBackend.PROCEDURAL);
        assertThatThrownBy(() -> config.choose(Optional.of(VideoBackend.BEDROCK_LUMA)))
                .isInstanceOfSatisfying(BackendNotAvailableException.class, e -> {
                    assertThat(e.backend()).isEqualTo("bedrock-luma");
                    assertThat(e.available()).containsExactly("comfyui", "procedural");
                    assertThat(e.getMessage()).contains("'bedrock-luma'").contains("comfyui, procedural");
                });
    }

    @Test
    void theDefaultAloneIsAllowedUnlessTheListSaysMore() {
        RenderBackendsConfig config = RenderBackendsConfig.fromEnv(Map.of(EnvVar.RENDER_BACKEND, "bedrock-luma"));

        assertThat(config.allowed()).containsExactly(VideoBackend.BEDROCK_LUMA);
        assertThatThrownBy(() -> config.choose(Optional.of(VideoBackend.PROCEDURAL)))
                .isInstanceOf(BackendNotAvailableException.class);
    }

    @Test
    void badValuesFailNamingTheVariable() {
        assertThatThrownBy(() -> RenderBackendsConfig.fromEnv(Map.of(EnvVar.RENDER_BACKENDS, "procedural,sora")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("RENDER_BACKENDS").hasMessageContaining("sora");
        assertThatThrownBy(() -> RenderBackendsConfig.fromEnv(Map.of(EnvVar.RENDER_BACKEND, "comfyui",
                EnvVar.RENDER_BACKENDS, "procedural")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("RENDER_BACKENDS")
                .hasMessageContaining("must include RENDER_BACKEND (comfyui)");
        assertThatThrownBy(() -> RenderBackendsConfig.fromEnv(Map.of(EnvVar.RENDER_BACKENDS, "procedural,procedural")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> RenderBackendsConfig.fromEnv(Map.of(EnvVar.RENDER_BACKEND, "gpu")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("RENDER_BACKEND");
    }
}
