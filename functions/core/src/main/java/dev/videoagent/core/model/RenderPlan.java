package dev.videoagent.core.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything the renderer needs to draw a video, decided from the prompt's analysis: colors, motion
 * layers, how energetic the motion is, playback speed, the camera move, the backdrop of the place and the
 * figures of the subjects, and the texts. The seed comes from the prompt, so the same job gives the same frames.
 */
public record RenderPlan(long seed, Palette palette, List<MotionLayer> layers, double energy, double speed,
                         CameraMove camera, Backdrop backdrop, List<SceneFigure> figures, String caption,
                         Optional<String> title, boolean fallback) {

    public RenderPlan {
        layers = List.copyOf(layers);
        figures = List.copyOf(figures);
    }
}
