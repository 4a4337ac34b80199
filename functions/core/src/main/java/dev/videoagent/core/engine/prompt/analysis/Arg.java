package dev.videoagent.core.engine.prompt.analysis;

/**
 * A noun phrase waiting for its predicate, with its role, the particle or preposition that gave it,
 * and whether it was written with a frame word (고양이 영상: the video is the frame, the cat the content).
 */
record Arg(Entity entity, Role role, String marker, boolean framed) {

    Arg(Entity entity, Role role, String marker) {
        this(entity, role, marker, false);
    }

    Arg as(Role newRole) {
        return new Arg(entity, newRole, marker, framed);
    }
}
