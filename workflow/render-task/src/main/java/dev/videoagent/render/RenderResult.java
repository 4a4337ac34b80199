package dev.videoagent.render;

import java.nio.file.Path;

/** What a render produced and how fast: frames, video length, wall time and frames per second achieved. */
public record RenderResult(Path video, Path poster, int frames, double videoSeconds, double renderSeconds,
                           double fpsAchieved, long videoBytes) {
}
