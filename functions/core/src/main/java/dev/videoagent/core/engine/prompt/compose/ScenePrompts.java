package dev.videoagent.core.engine.prompt.compose;

import dev.videoagent.core.engine.prompt.analysis.IdeaGraph;
import dev.videoagent.core.engine.prompt.lexicon.CategoryDefaults;
import dev.videoagent.core.engine.prompt.lexicon.Consistency;
import dev.videoagent.core.engine.prompt.lexicon.Lexicon;
import dev.videoagent.core.model.Target;

/**
 * From what was understood to the written prompt: the scene (subjects, actions, settings, scene words,
 * negations, category), its coherent defaults, and the prompt in the target's shape.
 */
public final class ScenePrompts {

    /** The category with its confidence, and the composition. */
    public record Written(String category, double confidence, PromptComposer.Composition composition) {
    }

    private final SceneBuilder scenes = new SceneBuilder();
    private final DefaultsPlanner defaults;
    private final PromptComposer composer = new PromptComposer();

    public ScenePrompts(CategoryDefaults defaults, Consistency consistency, Lexicon lexicon) {
        this.defaults = new DefaultsPlanner(defaults, consistency, lexicon);
    }

    public Written write(IdeaGraph graph, Target target) {
        Scene scene = scenes.build(graph);
        defaults.apply(scene);
        return new Written(scene.category, scene.confidence, composer.compose(scene, target));
    }
}
