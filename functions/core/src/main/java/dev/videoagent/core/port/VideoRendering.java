package dev.videoagent.core.port;
import dev.videoagent.core.model.RenderJob;
import java.nio.file.Path;

/** Port: the renderer itself (JavaCV/FFmpeg in the render task). */
public interface VideoRendering {

    /** Progress callbacks come at least every 5% of the frames. */
    @FunctionalInterface
    interface Progress {
        void frames(int done, int total);
    }

    /** What was rendered: frame count, video length, wall time, frames per second achieved, file size. */
    record Rendered(int frames, double videoSeconds, double renderSeconds, double fpsAchieved, long bytes) {
    }

    Rendered render(RenderJob job, Path video, Path poster, Progress progress);
}
