package dev.videoagent.render;

import dev.videoagent.core.model.RenderJob;
import dev.videoagent.core.port.VideoRendering;
import java.nio.file.Path;

/** The renderer port over JavaCV/FFmpeg: the job's prompt, title and settings, rendered or as the fallback. */
public final class JavaCvVideoRendering implements VideoRendering {

    private final PromptVideoRenderer renderer;

    public JavaCvVideoRendering(PromptVideoRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Rendered render(RenderJob job, Path video, Path poster, Progress progress) {
        RenderResult result = renderer.render(job.prompt(), job.title(), job.settings(),
                job.mode() == RenderJob.Mode.FALLBACK, video, poster, progress::frames);
        return new Rendered(result.frames(), result.videoSeconds(), result.renderSeconds(), result.fpsAchieved(),
                result.videoBytes());
    }
}
