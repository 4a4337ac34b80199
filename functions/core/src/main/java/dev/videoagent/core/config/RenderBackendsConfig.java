package dev.videoagent.core.config;

import dev.videoagent.core.error.BackendNotAvailableException;
import dev.videoagent.core.model.VideoBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which backends make this deployment's videos: the default ({@link EnvVar#RENDER_BACKEND}) and those a job may
 * ask for by name ({@link EnvVar#RENDER_BACKENDS}; by default the default alone). A deployment offers only what
 * it has built (a ComfyUI container, Bedrock permissions), so a job cannot ask for a backend that is not there.
 */
public record RenderBackendsConfig(VideoBackend standard, List<VideoBackend> allowed) {

    public static final RenderBackendsConfig PROCEDURAL_ONLY = new RenderBackendsConfig(VideoBackend.PROCEDURAL,
            List.of(VideoBackend.PROCEDURAL));

    public RenderBackendsConfig {
        allowed = List.copyOf(allowed);
        if (!allowed.contains(standard)) {
            throw new ConfigException(EnvVar.RENDER_BACKENDS, "must include " + EnvVar.RENDER_BACKEND + " ("
                    + standard.key() + ")");
        }
    }

    public static RenderBackendsConfig fromEnv(Map<String, String> env) {
        VideoBackend standard = AppConfig.optional(env, EnvVar.RENDER_BACKEND)
                .map(v -> parse(EnvVar.RENDER_BACKEND, v)).orElse(VideoBackend.PROCEDURAL);
        Optional<String> list = AppConfig.optional(env, EnvVar.RENDER_BACKENDS);
        if (list.isEmpty()) {
            return new RenderBackendsConfig(standard, List.of(standard));
        }
        List<VideoBackend> allowed = new ArrayList<>();
        for (String item : list.get().split(",")) {
            VideoBackend backend = parse(EnvVar.RENDER_BACKENDS, item);
            if (allowed.contains(backend)) {
                throw new ConfigException(EnvVar.RENDER_BACKENDS, "names " + backend.key() + " twice");
            }
            allowed.add(backend);
        }
        return new RenderBackendsConfig(standard, allowed);
    }

    private static VideoBackend parse(String variable, String value) {
        return VideoBackend.fromKey(value).orElseThrow(() -> new ConfigException(variable,
                "expected procedural, comfyui or bedrock-luma, got '" + value.strip() + "'"));
    }

    /** The backend a job gets: the one it asks for if this deployment has it (else 400), or the default. */
    public VideoBackend choose(Optional<VideoBackend> asked) {
        VideoBackend backend = asked.orElse(standard);
        if (!allowed.contains(backend)) {
            throw new BackendNotAvailableException(backend.key(), allowed.stream().map(VideoBackend::key).toList());
        }
        return backend;
    }
}
