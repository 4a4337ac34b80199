package dev.videoagent.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of consecutive frames one encoder makes on its own, starting with a key frame. A video is cut into as
 * many as there are encoders, each at least two seconds long (so the extra key frames stay rare); the parts
 * are joined without re-encoding.
 */
record Segment(int index, int first, int count) {

    static final int MIN_SECONDS = 2;

    static List<Segment> split(int frames, int fps, int encoders) {
        int parts = Math.max(1, Math.min(encoders, frames / (MIN_SECONDS * fps)));
        List<Segment> segments = new ArrayList<>(parts);
        for (int s = 0; s < parts; s++) {
            int first = (int) ((long) frames * s / parts);
            int end = (int) ((long) frames * (s + 1) / parts);
            segments.add(new Segment(s, first, end - first));
        }
        return List.copyOf(segments);
    }

    /**
     * The order frames are drawn in: the segments' first frames, then their second ones, and so on, so every
     * encoder is fed from the start.
     */
    static int[] drawingOrder(List<Segment> segments) {
        int total = segments.stream().mapToInt(Segment::count).sum();
        int[] order = new int[total];
        int k = 0;
        for (int i = 0; k < total; i++) {
            for (Segment s : segments) {
                if (i < s.count()) {
                    order[k++] = s.first() + i;
                }
            }
        }
        return order;
    }

    boolean contains(int frame) {
        return frame >= first && frame < first + count;
    }
}
