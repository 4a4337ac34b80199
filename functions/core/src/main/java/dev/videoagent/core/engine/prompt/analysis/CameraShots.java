package dev.videoagent.core.engine.prompt.analysis;

/**
 * An action done by the camera is how the video is shot (카메라가 뒤에서 따라가는 = a following shot, "the camera
 * circles the dancer" = an orbit shot): once its sense is a camera move or angle (role-senses.tsv, agent=camera),
 * it becomes that scene term, the camera is not shown, and what it films is shown instead.
 */
final class CameraShots {

    private CameraShots() {
    }

    /** True when the event is a camera move, now in the graph as a scene term. */
    static boolean take(IdeaGraph graph, Event event) {
        if (!event.action().concept().slot().isCamera()) {
            return false;
        }
        graph.terms().add(new IdeaGraph.SceneTerm(event.action(), false));
        event.agent().ifPresent(Entity::theCamera);
        event.object().filter(o -> !graph.standalone().contains(o)).ifPresent(graph.standalone()::add);
        return true;
    }
}
