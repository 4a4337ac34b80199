package dev.videoagent.render;

import dev.videoagent.core.engine.prompt.PromptEngine;
import dev.videoagent.core.engine.render.RenderPlanner;
import dev.videoagent.core.model.RenderPlan;
import dev.videoagent.core.model.RenderSettings;
import dev.videoagent.nori.PromptEngines;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A prompt to a video: the prompt engine analyzes the prompt, the planner turns that into a visual
 * plan, the renderer draws and encodes it. The fallback skips the analysis altogether, so it works
 * whatever the prompt is.
 */
public final class PromptVideoRenderer {

    /** Only the start of a very long prompt is analyzed; the look is decided by then. */
    static final int ANALYZED_CHARS = 500;

    private final PromptEngine engine;
    private final RenderPlanner planner;
    private final VideoRenderer renderer;

    public PromptVideoRenderer(PromptEngine engine, RenderPlanner planner, VideoRenderer renderer) {
        this.engine = engine;
        this.planner = planner;
        this.renderer = renderer;
    }

    public static PromptVideoRenderer createDefault() {
        PromptEngines.Bundled bundled = PromptEngines.loadBundled();
        return new PromptVideoRenderer(bundled.engine(), new RenderPlanner(bundled.lexicon()), new VideoRenderer());
    }

    public RenderPlan plan(String prompt, Optional<String> title, boolean fallback) {
        if (fallback) {
            return RenderPlanner.fallback(prompt, title);
        }
        String head = prompt.codePointCount(0, prompt.length()) <= ANALYZED_CHARS ? prompt
                : prompt.substring(0, prompt.offsetByCodePoints(0, ANALYZED_CHARS));
        return planner.plan(engine.generate(head), prompt, title);
    }

    public RenderResult render(String prompt, Optional<String> title, RenderSettings settings, boolean fallback,
                               Path video, Path poster, VideoRenderer.ProgressListener listener) {
        return renderer.render(plan(prompt, title, fallback), settings, video, poster, listener);
    }
}
