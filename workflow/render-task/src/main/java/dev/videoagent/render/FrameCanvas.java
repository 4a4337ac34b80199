package dev.videoagent.render;

/**
 * The frame being drawn: its index, where it is in time, and its pixels.
 *
 * @param index    the frame's number, from 0
 * @param progress 0 on the first frame, 1 on the last: what the camera move follows
 * @param seconds  the frame's time in the video
 * @param motion   {@code seconds} scaled by the plan's speed: what the motion layers and the subject follow
 * @param pixels   the target's RGB raster, for painters that write it directly
 * @param dots     soft discs written into {@code pixels} through the camera
 */
record FrameCanvas(int index, double progress, double seconds, double motion, int[] pixels, Dots dots) {
}
