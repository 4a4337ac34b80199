package dev.videoagent.core.model;

import dev.videoagent.core.error.ValidationException;

/** Length, size and frame rate of a video; every value is checked against what the renderer supports. */
public record RenderSettings(int durationSeconds, int width, int height, int fps) {

    public static final int MIN_SECONDS = 5;
    public static final int MAX_SECONDS = 15;
    public static final int MIN_WIDTH = 640;
    public static final int MAX_WIDTH = 1920;
    public static final int MIN_HEIGHT = 360;
    public static final int MAX_HEIGHT = 1080;
    public static final int MIN_FPS = 12;
    public static final int MAX_FPS = 60;
    public static final RenderSettings DEFAULT = new RenderSettings(10, 1280, 720, 24);

    public RenderSettings {
        range("durationSeconds", durationSeconds, MIN_SECONDS, MAX_SECONDS);
        range("width", width, MIN_WIDTH, MAX_WIDTH);
        range("height", height, MIN_HEIGHT, MAX_HEIGHT);
        range("fps", fps, MIN_FPS, MAX_FPS);
        // yuv420p halves both chroma dimensions
        if (width % 2 != 0 || height % 2 != 0) {
            throw new ValidationException("'width' and 'height' must be even (yuv420p), got " + width + "x" + height + ".");
        }
    }

    private static void range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ValidationException("'" + name + "' must be between " + min + " and " + max + ", got " + value + ".");
        }
    }

    public int frames() {
        return durationSeconds * fps;
    }
}
